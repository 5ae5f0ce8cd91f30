/**
 * Focus for what a button just added: the new record's first text field, once the document's change
 * has drawn it. Keeps the keyboard in the new row (a space typed next must not press "add" again).
 */
export function focusWhenShown(selector: string, timeoutMs = 2000): void {
  const focus = () => {
    const field = document.querySelector<HTMLElement>(selector);
    if (!field) return false;
    field.focus();
    return true;
  };
  if (focus()) return;
  const observer = new MutationObserver(() => focus() && observer.disconnect());
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), timeoutMs);
}
