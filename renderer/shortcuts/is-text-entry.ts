/** True when keys typed here are text, so the designer must leave them alone. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) {
    const input = target instanceof HTMLInputElement ? target : null;
    // Buttons, checkboxes and the like are inputs too, but typing into them is not text.
    return (
      !input || !['button', 'checkbox', 'radio', 'range', 'submit', 'reset'].includes(input.type)
    );
  }
  return false;
}
