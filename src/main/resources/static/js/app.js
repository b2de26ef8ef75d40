// Progressive enhancement only: every page works without this file.

// A form with data-confirm asks before it is sent (a ballot, an irreversible step); it runs
// before the other submit handlers, so a cancelled form keeps its buttons.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
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

// The ratings grid: Enter or the down arrow moves to the next row, the up arrow to the
// previous one; X, T, H and K pick the rating; a column pasted from a spreadsheet fills
// the rows from the focused one down, each row saved (or refused) on its own.
document.addEventListener('keydown', (event) => {
  const select = event.target instanceof HTMLSelectElement && event.target.closest('.rating-grid')
    ? event.target : null;
  if (!select || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  const row = select.closest('tr');
  let next = null;
  if (event.key === 'Enter' || event.key === 'ArrowDown') {
    next = row.nextElementSibling;
  } else if (event.key === 'ArrowUp') {
    next = row.previousElementSibling;
  } else if (/^[xthkXTHK]$/.test(event.key)) {
    event.preventDefault();
    const code = event.key.toUpperCase();
    if (select.value !== code) {
      select.value = code;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return;
  } else {
    return;
  }
  event.preventDefault();
  const target = next && next.querySelector('.rating-input');
  if (target) {
    target.focus();
  }
});

document.addEventListener('paste', (event) => {
  const select = event.target instanceof Element && event.target.closest('.rating-grid .rating-input');
  const grid = select && select.closest('.rating-grid');
  if (!grid || !window.htmx) {
    return;
  }
  const text = (event.clipboardData || window.clipboardData).getData('text');
  const values = text.replace(/\r/g, '').split('\n').map((line) => line.split('\t')[0].trim());
  while (values.length > 1 && values[values.length - 1] === '') {
    values.pop();
  }
  event.preventDefault();
  let row = select.closest('tr');
  values.forEach((value) => {
    if (!row) {
      return;
    }
    const key = row.dataset.key;
    const version = row.querySelector('.rating-version').value;
    const data = {};
    data['r_' + key] = value;
    data['v_' + key] = version;
    const current = row;
    row = row.nextElementSibling;
    window.htmx.ajax('POST', grid.dataset.cells, { source: current.querySelector('.rating-cell'), target: current, swap: 'outerHTML', values: data });
  });
});

// The issue form's choice of signer (the unit's head or deputy, from its settings) fills the
// signer's title and name, which stay editable.
document.addEventListener('change', (event) => {
  const choice = event.target.closest && event.target.closest('select[data-fill-signer]');
  if (!choice) {
    return;
  }
  const option = choice.selectedOptions[0];
  const form = document.getElementById(choice.dataset.fillSigner);
  if (option && form) {
    form.querySelector('[name="signer"]').value = option.dataset.name || '';
    form.querySelector('[name="signerTitle"]').value = option.dataset.title || '';
  }
});
