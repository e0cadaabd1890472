// A yes/no question in a modal dialog (Escape or Cancel answers no); resolves when the user answers.
export function confirmAction(text, yesLabel) {
  const dialog = document.getElementById('confirm-dialog');
  document.getElementById('confirm-text').textContent = text;
  const yes = document.getElementById('confirm-yes');
  yes.textContent = yesLabel;
  return new Promise((resolve) => {
    const done = () => { dialog.removeEventListener('close', done); resolve(dialog.returnValue === 'yes'); };
    dialog.returnValue = '';
    dialog.addEventListener('close', done);
    dialog.showModal();
    document.getElementById('confirm-no').focus();
  });
}
