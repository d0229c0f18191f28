// IMDS Guard report: sortable and filterable tables. Plain ES2017, no dependencies, no network.
// The page is complete without it: rows are already in risk order and every row is in the HTML.
(() => {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

  function cellValue(row, index) {
    const cell = row.cells[index];
    if (!cell) return '';
    const v = cell.getAttribute('data-sort');
    return v !== null ? v : cell.textContent.trim();
  }

  function toNumber(v) {
    const n = Number(String(v).replace(/[^0-9.eE+-]/g, ''));
    return Number.isFinite(n) ? n : -Infinity;
  }

  function sortBy(table, index, numeric, button) {
    const body = table.tBodies[0];
    const th = button.closest('th');
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of table.tHead.rows[0].cells) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const rows = Array.from(body.rows);
    rows.sort((a, b) => {
      const x = cellValue(a, index);
      const y = cellValue(b, index);
      const d = numeric ? toNumber(x) - toNumber(y) : collator.compare(x, y);
      return ascending ? d : -d;
    });
    for (const r of rows) body.appendChild(r);
  }

  function makeSortable(table) {
    const head = table.tHead?.rows[0];
    if (!head || !table.tBodies[0]) return;
    Array.from(head.cells).forEach((th, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = th.textContent;
      button.title = `Sort by ${th.textContent}`;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', () =>
        sortBy(table, index, th.getAttribute('data-type') === 'num', button),
      );
    });
  }

  // A search box (every term must appear in the row) and, optionally, selects that match a row
  // attribute exactly: data-filter-tag \u2192 the row's data-tag (owner), data-filter-usage \u2192 data-usage.
  function makeFilterable(input) {
    const id = input.getAttribute('data-filter');
    const table = document.getElementById(id);
    const status = document.getElementById(input.getAttribute('data-status'));
    if (!table) return;
    const rows = Array.from(table.tBodies[0].rows);
    const text = rows.map((r) => r.textContent.toLowerCase());
    const selects = [
      [document.querySelector(`select[data-filter-tag="${id}"]`), 'data-tag'],
      [document.querySelector(`select[data-filter-usage="${id}"]`), 'data-usage'],
    ].filter(([el]) => el);
    const update = () => {
      const terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      rows.forEach((r, i) => {
        const hit =
          terms.every((t) => text[i].includes(t)) &&
          selects.every(([el, attr]) => el.value === '*' || r.getAttribute(attr) === el.value);
        r.hidden = !hit;
        if (hit) shown++;
      });
      if (status) status.textContent = `Showing ${shown} of ${rows.length}`;
    };
    input.addEventListener('input', update);
    for (const [el] of selects) el.addEventListener('change', update);
    input.closest('.filter').hidden = false;
    update();
  }

  for (const table of document.querySelectorAll('table.sortable')) makeSortable(table);
  for (const input of document.querySelectorAll('input[data-filter]')) makeFilterable(input);
})();
