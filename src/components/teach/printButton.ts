/** Shows the print buttons (hidden without JavaScript) and prints on click. */
document.querySelectorAll<HTMLButtonElement>('[data-print-button]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});

export {};
