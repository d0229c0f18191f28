// IMDS Guard report: sortable, filterable and paged tables. Plain ES2020, no dependencies, no network.
// Small tables are complete HTML (rows in risk order); this script sorts and filters them in place.
// The per-instance tables are JSON data blocks (<script type="application/json" id="\u2026-data">,
// named by the table's data-rows attribute): this script draws them a page at a time. Every value
// is set as text (textContent, setAttribute), never parsed as HTML.
(() => {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const PAGE = 100;

  function toNumber(v) {
    const n = Number(String(v).replace(/[^0-9.eE+-]/g, ''));
    return Number.isFinite(n) ? n : -Infinity;
  }

  function compare(x, y, numeric) {
    return numeric ? toNumber(x) - toNumber(y) : collator.compare(String(x), String(y));
  }

  function markSorted(table, th) {
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of table.tHead.rows[0].cells) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    return ascending;
  }

  // Header cells become buttons; `sort(index, numeric, th)` is called on a click.
  function headerButtons(table, sort) {
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
      button.addEventListener('click', () => sort(index, th.getAttribute('data-type') === 'num', th));
    });
  }

  // ---- Tables whose rows are in the HTML ----

  function cellValue(row, index) {
    const cell = row.cells[index];
    if (!cell) return '';
    const v = cell.getAttribute('data-sort');
    return v !== null ? v : cell.textContent.trim();
  }

  function makeSortable(table) {
    headerButtons(table, (index, numeric, th) => {
      const ascending = markSorted(table, th);
      const body = table.tBodies[0];
      const rows = Array.from(body.rows);
      rows.sort((a, b) => {
        const d = compare(cellValue(a, index), cellValue(b, index), numeric);
        return ascending ? d : -d;
      });
      for (const r of rows) body.appendChild(r);
    });
  }

  // ---- Tables drawn from a data block ----

  // Reads a data block: { fields, columns: [{f, c, s?, u?, i?}], attrs: [[name, f]], row?: {c, w?},
  // rows: [[\u2026]], dicts: { fieldIndex: [strings] } } (a dictionary field holds an index into dicts).
  function readData(table) {
    const block = document.getElementById(table.getAttribute('data-rows'));
    if (!block) return undefined;
    const d = JSON.parse(block.textContent);
    const dicts = d.dicts || {};
    const value = (r, f) => {
      const v = d.rows[r][f];
      const dict = dicts[f];
      return dict && typeof v === 'number' ? dict[v] : v;
    };
    return { d, value };
  }

  function dataTable(table) {
    const data = readData(table);
    if (!data) return undefined;
    const { d, value } = data;
    const all = d.rows.map((_, i) => i);
    let order = all;
    let shown = all;
    let page = 0;
    let text;
    const body = table.tBodies[0];
    // Columns a narrow screen leaves out (th.opt) until "All columns" is pressed.
    const optional = Array.from(table.tHead.rows[0].cells).map((th) => th.classList.contains('opt'));
    const pager = document.createElement('div');
    pager.className = 'pager';
    const prev = document.createElement('button');
    prev.type = 'button';
    prev.textContent = 'Previous';
    const next = document.createElement('button');
    next.type = 'button';
    next.textContent = 'Next';
    const where = document.createElement('span');
    where.className = 'muted';
    pager.append(prev, where, next);
    table.closest('.table-wrap').after(pager);

    function cell(r, col) {
      const td = document.createElement('td');
      if (col.c) td.className = col.c;
      const shownText = String(value(r, col.f));
      if (col.s !== undefined) td.setAttribute('data-sort', String(value(r, col.s)));
      const base = col.u !== undefined ? String(value(r, col.u)) : '';
      if (/^https:\/\//.test(base)) {
        const a = document.createElement('a');
        a.href = base + (value(r, col.i) ? encodeURIComponent(shownText) : '');
        a.rel = 'noreferrer';
        a.textContent = shownText;
        td.appendChild(a);
      } else td.textContent = shownText;
      return td;
    }

    function draw() {
      const pages = Math.max(1, Math.ceil(shown.length / PAGE));
      page = Math.min(page, pages - 1);
      const rows = document.createDocumentFragment();
      for (const r of shown.slice(page * PAGE, page * PAGE + PAGE)) {
        const tr = document.createElement('tr');
        if (d.row && (d.row.w === undefined || value(r, d.row.w))) tr.className = d.row.c;
        for (const [name, f] of d.attrs) tr.setAttribute(name, String(value(r, f)));
        d.columns.forEach((col, c) => {
          const td = tr.appendChild(cell(r, col));
          if (optional[c]) td.classList.add('opt');
        });
        rows.appendChild(tr);
      }
      body.replaceChildren(rows);
      const first = shown.length ? page * PAGE + 1 : 0;
      const last = Math.min(shown.length, page * PAGE + PAGE);
      where.textContent = `Rows ${first}\u2013${last} of ${shown.length} \u00b7 page ${page + 1} of ${pages}`;
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
      pager.hidden = pages === 1;
    }
    prev.addEventListener('click', () => {
      page--;
      draw();
    });
    next.addEventListener('click', () => {
      page++;
      draw();
    });

    let keep = () => true;
    headerButtons(table, (index, numeric, th) => {
      const ascending = markSorted(table, th);
      const col = d.columns[index];
      const f = col.s !== undefined ? col.s : col.f;
      const keys = all.map((r) => value(r, f));
      order = all.slice().sort((a, b) => {
        const x = compare(keys[a], keys[b], numeric);
        return ascending ? x : -x;
      });
      shown = order.filter(keep);
      page = 0;
      draw();
    });

    // What a row's cells read, for the search box (made on the first search).
    const rowText = (r) => {
      if (!text)
        text = all.map((i) =>
          d.columns
            .map((col) => String(value(i, col.f)))
            .join(' ')
            .toLowerCase(),
        );
      return text[r];
    };
    const attr = (r, name) => {
      const a = d.attrs.find(([n]) => n === name);
      return a ? String(value(r, a[1])) : null;
    };
    draw();
    return {
      total: all.length,
      filter(test) {
        keep = (r) =>
          test(
            (t) => rowText(r).includes(t),
            (name) => attr(r, name),
          );
        shown = order.filter(keep);
        page = 0;
        draw();
        return shown.length;
      },
    };
  }

  // A search box (every term must appear in the row) and, optionally, selects that match a row
  // attribute exactly: data-filter-tag \u2192 the row's data-tag (owner), data-filter-usage \u2192 data-usage.
  function makeFilterable(input, drawn) {
    const id = input.getAttribute('data-filter');
    const table = document.getElementById(id);
    const status = document.getElementById(input.getAttribute('data-status'));
    if (!table) return;
    const selects = [
      [document.querySelector(`select[data-filter-tag="${id}"]`), 'data-tag'],
      [document.querySelector(`select[data-filter-usage="${id}"]`), 'data-usage'],
    ].filter(([el]) => el);
    const matches = (has, attr) => {
      const terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      return (
        terms.every((t) => has(t)) &&
        selects.every(([el, name]) => el.value === '*' || attr(name) === el.value)
      );
    };
    let update;
    if (drawn) {
      update = () => {
        const shown = drawn.filter(matches);
        if (status) status.textContent = `Showing ${shown} of ${drawn.total}`;
      };
    } else {
      const rows = Array.from(table.tBodies[0].rows);
      const text = rows.map((r) => r.textContent.toLowerCase());
      update = () => {
        let shown = 0;
        rows.forEach((r, i) => {
          const hit = matches(
            (t) => text[i].includes(t),
            (name) => r.getAttribute(name),
          );
          r.hidden = !hit;
          if (hit) shown++;
        });
        if (status) status.textContent = `Showing ${shown} of ${rows.length}`;
      };
    }
    input.addEventListener('input', update);
    for (const [el] of selects) el.addEventListener('change', update);
    input.closest('.filter').hidden = false;
    update();
  }

  // A narrow screen shows the columns that matter first; one button brings back the rest.
  function columnsToggle(table) {
    if (!table.querySelector('th.opt')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cols';
    button.textContent = 'All columns';
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => {
      const all = table.classList.toggle('all-cols');
      button.setAttribute('aria-pressed', String(all));
      button.textContent = all ? 'Fewer columns' : 'All columns';
    });
    table.closest('.table-wrap').before(button);
  }

  // A table of contents that stays at the top while reading: every section's heading, in order.
  function contents() {
    const headings = Array.from(document.querySelectorAll('main section > h2[id]'));
    if (headings.length < 2) return;
    const nav = document.createElement('nav');
    nav.className = 'toc';
    nav.setAttribute('aria-label', 'Contents');
    for (const h of headings) {
      const a = document.createElement('a');
      a.href = `#${h.id}`;
      const label = h.textContent.replace(/\s*\([^()]*\)\s*$/, '').trim();
      a.textContent = label.length > 40 ? `${label.slice(0, 39)}\u2026` : label;
      nav.appendChild(a);
    }
    document.querySelector('main header')?.after(nav);
  }

  contents();
  const drawn = new Map();
  for (const table of document.querySelectorAll('table.sortable')) {
    columnsToggle(table);
    if (table.hasAttribute('data-rows')) {
      const t = dataTable(table);
      if (t) drawn.set(table.id, t);
    } else makeSortable(table);
  }
  for (const input of document.querySelectorAll('input[data-filter]'))
    makeFilterable(input, drawn.get(input.getAttribute('data-filter')));
})();
