/** A tab's main action, started from elsewhere in the pane (the next steps after an import). */
export interface PanelAction {
  run(): void;
}
