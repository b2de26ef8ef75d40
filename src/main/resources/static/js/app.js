// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('form[method="post"]').forEach((form) => {
    form.addEventListener('submit', () => {
      form.querySelectorAll('button[type="submit"]').forEach((button) => { button.disabled = true; });
    });
  });
});

document.addEventListener('click', (event) => {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});

// The review grid: Enter moves down to the same criterion of the next member (Shift+Enter
// up) instead of posting the whole grid; leaving the cell saves it through htmx.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) {
    return;
  }
  const cell = event.target.closest('.review-grid td');
  if (!cell) {
    return;
  }
  event.preventDefault();
  const row = event.shiftKey ? cell.parentElement.previousElementSibling : cell.parentElement.nextElementSibling;
  const below = row && row.cells[cell.cellIndex];
  const next = below && below.querySelector('.score-input');
  if (next) {
    next.focus();
    next.select();
  } else {
    event.target.blur();
  }
});

// Copies the text of the field a [data-copy] button names, e.g. a new API key.
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-copy]');
  const field = button && document.getElementById(button.dataset.copy);
  if (field && navigator.clipboard) {
    navigator.clipboard.writeText(field.value).then(() => {
      button.textContent = button.dataset.copied;
    });
  }
});
