// happy-dom's Animation rejects its `finished` promise on cancel with no handler attached, which
// surfaces as unhandled rejections when Fluent's dialogs close. Without `element.animate`, Fluent
// motion takes its own no-animation path (react-motion useAnimateAtoms, test environment).
for (const proto of [Element.prototype, HTMLElement.prototype]) {
  Object.defineProperty(proto, 'animate', { value: undefined, configurable: true, writable: true });
}
