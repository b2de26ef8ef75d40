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

// The review grid's cells save themselves through htmx when a field changes. A reason typed
// before the score is not sent alone (it would only come back as "enter the points"): it
// waits for the score and goes with it. What the leader types while a save is on its way is
// put back into the cell that answer brings, and saved in turn.
(() => {
  const sent = new WeakMap();
  const typedMeanwhile = new Map();

  function scoreCell(element) {
    return element instanceof Element && element.classList.contains('score-cell') ? element : null;
  }

  function fields(cell) {
    return {
      points: cell.querySelector('.score-input'),
      reason: cell.querySelector('.reason-input'),
    };
  }

  document.addEventListener('htmx:confirm', (event) => {
    const cell = scoreCell(event.detail.elt);
    const from = event.detail.triggeringEvent && event.detail.triggeringEvent.target;
    if (cell && from instanceof Element && from.classList.contains('reason-input')
        && fields(cell).points.value.trim() === '') {
      event.preventDefault();
    }
  });

  document.addEventListener('htmx:beforeRequest', (event) => {
    const cell = scoreCell(event.detail.elt);
    if (cell) {
      const { points, reason } = fields(cell);
      sent.set(cell, { points: points.value, reason: reason ? reason.value : null });
    }
  });

  document.addEventListener('htmx:beforeSwap', (event) => {
    const cell = scoreCell(event.detail.target);
    const before = cell && sent.get(cell);
    if (!before) {
      return;
    }
    const { points, reason } = fields(cell);
    const now = { points: points.value, reason: reason ? reason.value : null };
    if (now.points !== before.points || now.reason !== before.reason) {
      typedMeanwhile.set(cell.id, { before, now });
    }
  });

  document.addEventListener('htmx:afterSettle', (event) => {
    const cell = scoreCell(event.detail.elt);
    const typed = cell && typedMeanwhile.get(cell.id);
    if (!typed || !cell.isConnected) {
      return;
    }
    typedMeanwhile.delete(cell.id);
    const { points, reason } = fields(cell);
    if (typed.now.points !== typed.before.points) {
      points.value = typed.now.points;
    }
    if (reason && typed.now.reason !== null && typed.now.reason !== typed.before.reason) {
      reason.value = typed.now.reason;
    }
    const changed = typed.now.points !== typed.before.points || !reason ? points : reason;
    changed.dispatchEvent(new Event('change', { bubbles: true }));
  });
})();

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

// The unit picker (fragments/forms :: unitField and unitsPicker): a search box that finds the
// units the user may choose by name, with or without diacritics, and a tree to browse from
// their own unit down. Choosing a unit writes its code into the form's field; typing a code
// still works. "one" replaces a code field, "many" adds codes to the field it names.
(() => {
  let counter = 0;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function setup(box) {
    const many = box.dataset.unitPicker === 'many';
    const code = many ? document.getElementById(box.dataset.target) : box.querySelector('input.unit-code');
    if (!code || box.dataset.ready) {
      return;
    }
    box.dataset.ready = 'true';
    counter += 1;
    const search = element('input', 'form-control unit-search');
    search.type = 'text';
    search.autocomplete = 'off';
    search.placeholder = box.dataset.placeholder;
    search.setAttribute('role', 'combobox');
    search.setAttribute('aria-autocomplete', 'list');
    search.setAttribute('aria-expanded', 'false');
    const list = element('div', 'list-group unit-picker-list shadow');
    list.id = 'unit-picker-' + counter;
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    search.setAttribute('aria-controls', list.id);
    const browse = element('button', 'btn btn-outline-secondary', box.dataset.browse);
    browse.type = 'button';
    const group = element('div', 'input-group');
    group.append(search, browse);
    if (many) {
      search.id = code.id + '-search';
      search.setAttribute('aria-label', box.dataset.placeholder);
      box.append(group, list);
    } else {
      search.id = code.id;
      code.id = code.id + '-code';
      code.type = 'hidden';
      if (code.getAttribute('aria-describedby') && box.querySelector('.invalid-feedback')) {
        search.setAttribute('aria-describedby', code.getAttribute('aria-describedby'));
      }
      if (code.classList.contains('is-invalid')) {
        search.classList.add('is-invalid');
      }
      search.value = code.value;
      code.after(group);
      group.after(list);
      if (code.value.trim()) {
        ask({ codes: code.value.trim() }).then((answer) => {
          const chosen = answer.items[0];
          if (chosen && search.value === code.value) {
            search.value = chosen.name;
          }
        });
      }
    }

    let active = -1;
    let timer = null;
    let trail = [];

    function ask(params) {
      const url = new URL(box.dataset.choices, window.location.href);
      Object.entries(params).forEach(([key, value]) => url.searchParams.set(key, value));
      return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then((response) => (response.ok ? response.json() : { items: [] }));
    }

    function close() {
      list.hidden = true;
      search.setAttribute('aria-expanded', 'false');
      search.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function choose(item) {
      if (many) {
        const codes = code.value.split(/[,;\s]+/).filter((part) => part);
        if (!codes.includes(item.code)) {
          codes.push(item.code);
        }
        code.value = codes.join(', ');
        search.value = '';
      } else {
        code.value = item.code;
        search.value = item.name;
      }
      code.dispatchEvent(new Event('change', { bubbles: true }));
      close();
      search.focus();
    }

    function options() {
      return Array.from(list.querySelectorAll('[role="option"]'));
    }

    function highlight(index) {
      const all = options();
      all.forEach((option, i) => option.classList.toggle('active', i === index));
      active = index;
      if (all[index]) {
        search.setAttribute('aria-activedescendant', all[index].id);
        all[index].scrollIntoView({ block: 'nearest' });
      }
    }

    function row(item, parent) {
      const line = element('div', 'list-group-item d-flex align-items-center gap-2 p-0' + (parent ? ' list-group-item-light' : ''));
      const pick = element('button', 'btn btn-link text-start text-decoration-none flex-grow-1 px-3 py-1 unit-choice' + (parent ? ' fw-semibold' : ''));
      pick.type = 'button';
      pick.id = list.id + '-' + item.id;
      pick.setAttribute('role', 'option');
      pick.dataset.code = item.code;
      pick.append(element('span', 'unit-choice-name', item.name));
      if (item.parentName && !parent) {
        pick.append(element('small', 'text-body-secondary ms-2', item.parentName));
      }
      pick.addEventListener('mousedown', (event) => event.preventDefault());
      pick.addEventListener('click', () => choose(item));
      line.append(pick);
      if (item.childCount > 0 && !parent) {
        const open = element('button', 'btn btn-sm btn-outline-secondary me-2 unit-open', '›');
        open.type = 'button';
        open.title = box.dataset.open;
        open.setAttribute('aria-label', box.dataset.open + ': ' + item.name);
        open.addEventListener('mousedown', (event) => event.preventDefault());
        open.addEventListener('click', () => openUnit(item));
        line.append(open);
      }
      return line;
    }

    function show(items, parent) {
      list.replaceChildren();
      if (parent && trail.length > 1) {
        const up = element('button', 'list-group-item list-group-item-action small unit-up', '↑ ' + box.dataset.up);
        up.type = 'button';
        up.addEventListener('mousedown', (event) => event.preventDefault());
        up.addEventListener('click', () => {
          trail.pop();
          openUnit(trail.pop());
        });
        list.append(up);
      }
      if (parent) {
        list.append(row(parent, true));
      }
      items.forEach((item) => list.append(row(item, false)));
      if (!parent && items.length === 0) {
        list.append(element('div', 'list-group-item small text-body-secondary', box.dataset.none));
      }
      list.hidden = false;
      search.setAttribute('aria-expanded', 'true');
      active = -1;
    }

    function openUnit(unit) {
      trail.push(unit);
      ask({ parent: unit.id }).then((answer) => show(answer.items, unit));
    }

    // a chosen unit's name is replaced by what the user types next
    search.addEventListener('focus', () => {
      if (!many && code.value) {
        search.select();
      }
    });

    search.addEventListener('input', () => {
      if (!many) {
        code.value = search.value.trim();
      }
      clearTimeout(timer);
      const query = search.value.trim();
      if (!query) {
        close();
        return;
      }
      timer = setTimeout(() => {
        ask({ q: query }).then((answer) => {
          if (search.value.trim() === query) {
            trail = [];
            show(answer.items, null);
          }
        });
      }, 200);
    });

    browse.addEventListener('click', () => {
      if (!list.hidden && trail.length) {
        close();
        return;
      }
      trail = [];
      ask({}).then((answer) => {
        const top = answer.items[0];
        if (top && top.childCount > 0) {
          openUnit(top);
        } else {
          show(answer.items, null);
        }
      });
    });

    search.addEventListener('keydown', (event) => {
      const all = options();
      if (event.key === 'ArrowDown' && !list.hidden) {
        event.preventDefault();
        highlight(Math.min(active + 1, all.length - 1));
      } else if (event.key === 'ArrowUp' && !list.hidden) {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter' && !list.hidden) {
        event.preventDefault();
        const option = all[active >= 0 ? active : 0];
        if (option) {
          option.click();
        }
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });

    search.addEventListener('blur', () => setTimeout(() => {
      if (!box.contains(document.activeElement)) {
        close();
      }
    }, 150));
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-unit-picker]').forEach(setup);
  });
})();

// The menu's groups (a <details> each) close on a click elsewhere, when another opens, and on Escape.
document.addEventListener('click', (event) => {
  document.querySelectorAll('.nav-group > details[open]').forEach((group) => {
    if (!group.contains(event.target)) {
      group.open = false;
    }
  });
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') {
    return;
  }
  document.querySelectorAll('.nav-group > details[open]').forEach((group) => {
    group.open = false;
    group.querySelector('summary').focus();
  });
});

// A request htmx made that the server refused (its error page) or that never reached it says
// why above the page, as a full page would; htmx itself swaps nothing in then.
function showRequestFailure(text) {
  const content = document.getElementById('content');
  if (!content) {
    return;
  }
  content.querySelectorAll('.request-failure').forEach((old) => old.remove());
  const alert = document.createElement('div');
  alert.className = 'alert alert-danger alert-dismissible request-failure';
  alert.setAttribute('role', 'alert');
  const message = document.createElement('span');
  message.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'btn-close';
  close.setAttribute('data-bs-dismiss', 'alert');
  close.setAttribute('aria-label', document.body.dataset.close || '');
  alert.append(message, close);
  content.prepend(alert);
}
document.addEventListener('htmx:responseError', (event) => {
  const page = new DOMParser().parseFromString(event.detail.xhr.responseText || '', 'text/html');
  const reason = page.querySelector('main .lead');
  showRequestFailure(reason ? reason.textContent.trim() : document.body.dataset.requestFailed);
});
document.addEventListener('htmx:sendError', () => showRequestFailure(document.body.dataset.requestFailed));
// Once a later request goes through, the line about an earlier failure no longer holds.
document.addEventListener('htmx:afterRequest', (event) => {
  if (event.detail.successful) {
    document.querySelectorAll('#content .request-failure').forEach((line) => line.remove());
  }
});
