// Function-commands page: ribbon buttons without a task pane are registered here.
Office.onReady(() => {
  // Commands are associated with Office.actions.associate as they are added.
});
