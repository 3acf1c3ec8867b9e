// Writes a jixiao-doc/1 document tree (from `jixiao render --tree`) as a
// Typst source and as a XeLaTeX (ctex) source with the same content: title,
// 目录, numbered headings, paragraphs with a 2-em indent, tables with their
// row and column spans, the bar chart, page breaks. Used by bench/peers.sh
// only, so that the peers typeset what jixiao typesets.
//
//   node convert.js TREE.json OUT.typ OUT.tex
'use strict';
const fs = require('fs');

const [treePath, typPath, texPath] = process.argv.slice(2);
const doc = JSON.parse(fs.readFileSync(treePath, 'utf8'));
const paragraphs = (text) => (Array.isArray(text) ? text : String(text || '').split('\n')).filter((p) => p.length);

// The grid of a table: each row's cells take the first free columns.
function grid(table) {
  const used = [];
  return table.rows.map((row, r) => {
    used[r] = used[r] || [];
    let col = 0;
    return row.map((c) => {
      const cell = typeof c === 'string' ? { text: c } : c;
      while (used[r][col]) col++;
      const rs = cell.rowspan || 1, cs = cell.colspan || 1;
      for (let y = 0; y < rs; y++) {
        used[r + y] = used[r + y] || [];
        for (let x = 0; x < cs; x++) used[r + y][col + x] = true;
      }
      const placed = { ...cell, col, rs, cs };
      col += cs;
      return placed;
    });
  });
}

/*** Typst ***/

const typStr = (s) => '#"' + String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';

function typTable(t) {
  const total = t.columns.reduce((a, b) => a + b, 0);
  const cols = t.columns.map((w) => `${((w / total) * 100).toFixed(2)}%`).join(', ');
  const cells = [];
  for (const row of grid(t))
    for (const c of row) {
      const body = `[${paragraphs(c.text).map(typStr).join(' #linebreak() ')}]`;
      cells.push(c.rs > 1 || c.cs > 1 ? `table.cell(rowspan: ${c.rs}, colspan: ${c.cs})${body}` : body);
    }
  const header = t.caption ? `#align(center, text(font: "Noto Sans CJK SC", size: 12pt)[${typStr(t.caption)}])\n` : '';
  return `${header}#text(size: ${t.size || 10.5}pt)[#table(columns: (${cols}), align: center + horizon, inset: 3pt,\n  ${cells.join(',\n  ')})]\n`;
}

function typChart(c) {
  const bars = c.bars
    .map((b) => `[#box(width: 1.6cm, height: ${((b.value / (c.max || 100)) * 5).toFixed(2)}cm, fill: luma(170)) #linebreak() ${typStr(b.label)}]`)
    .join(', ');
  return `#align(center, text(font: "Noto Sans CJK SC", size: 12pt)[${typStr(c.caption || '')}])\n#align(center, grid(columns: ${c.bars.length}, column-gutter: 8mm, align: bottom + center, ${bars}))\n`;
}

function toTypst() {
  const out = [
    '#set page(paper: "a4", margin: (top: 37mm, left: 28mm, right: 26mm, bottom: 35mm), numbering: "— 1 —")',
    '#set text(font: ("Noto Serif CJK SC", "LXGW WenKai"), size: 16pt, lang: "zh")',
    '#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 12pt, spacing: 12pt)',
    '#set heading(numbering: (..n) => { let a = n.pos(); if a.len() == 1 { numbering("一、", a.at(0)) } else if a.len() == 2 { numbering("（一）", a.at(1)) } else if a.len() == 3 { numbering("1.", a.at(2)) } else { numbering("(1)", a.at(3)) } })',
    '#show heading: set text(font: "Noto Sans CJK SC", size: 16pt, weight: "regular")',
  ];
  for (const b of doc.blocks) {
    switch (b.type) {
      case 'title':
        out.push(`#align(center, text(font: "Noto Sans CJK SC", size: 22pt)[${paragraphs(b.text).map(typStr).join(' #linebreak() ')}])`);
        break;
      case 'heading':
        out.push(`${'='.repeat(b.level)} ${typStr(b.text)}`);
        break;
      case 'paragraph':
        for (const p of paragraphs(b.text)) out.push(`${typStr(p)}\n`);
        break;
      case 'pagebreak':
        out.push('#pagebreak()');
        break;
      case 'toc':
        out.push('#outline(title: "目录", depth: 2)');
        break;
      case 'table':
        out.push(typTable(b));
        break;
      case 'chart':
        out.push(typChart(b));
        break;
    }
  }
  return out.join('\n') + '\n';
}

/*** XeLaTeX with ctex ***/

const texEsc = (s) =>
  String(s).replace(/[\\{}$&#^_%~]/g, (ch) => ({ '\\': '\\textbackslash{}', '^': '\\^{}', '~': '\\~{}' })[ch] || '\\' + ch);

function texTable(t) {
  const total = t.columns.reduce((a, b) => a + b, 0);
  const width = (n, from) => t.columns.slice(from, from + n).reduce((a, b) => a + b, 0) / total;
  const spec = t.columns.map((w) => `|>{\\centering\\arraybackslash}p{\\dimexpr ${(w / total).toFixed(4)}\\linewidth-2\\tabcolsep\\relax}`).join('') + '|';
  const rows = grid(t);
  const covered = rows.map(() => []);
  rows.forEach((row) => row.forEach((c) => { for (let y = 1; y < c.rs; y++) covered[rows.indexOf(row) + y][c.col] = c.cs; }));
  const lines = rows.map((row, r) => {
    const parts = [];
    let col = 0, k = 0;
    while (col < t.columns.length) {
      if (covered[r][col]) {
        const cs = covered[r][col];
        parts.push(cs > 1 ? `\\multicolumn{${cs}}{|c|}{}` : '');
        col += cs;
        continue;
      }
      const c = row[k++];
      if (!c) break;
      let body = paragraphs(c.text).map(texEsc).join('\\newline ');
      if (c.rs > 1) body = `\\multirow{${c.rs}}{=}{${body}}`;
      if (c.cs > 1) body = `\\multicolumn{${c.cs}}{|p{\\dimexpr ${width(c.cs, col).toFixed(4)}\\linewidth-2\\tabcolsep\\relax}|}{${body}}`;
      parts.push(body);
      col += c.cs;
    }
    // \cline under the cells that do not span into the next row
    const spans = [];
    for (let x = 0; x < t.columns.length; x++) if (!(covered[r + 1] && covered[r + 1][x] !== undefined) && !rows[r].some((c) => c.rs > 1 && x >= c.col && x < c.col + c.cs)) spans.push(x + 1);
    const rules = spans.length === t.columns.length ? '\\hline' : spans.map((x) => `\\cline{${x}-${x}}`).join('');
    return parts.join(' & ') + ' \\\\ ' + rules;
  });
  const caption = t.caption ? `\\caption*{${texEsc(t.caption)}}\\\\\n` : '';
  return `{\\fontsize{${t.size || 10.5}pt}{${(t.size || 10.5) * 1.3}pt}\\selectfont\n\\begin{longtable}{${spec}}\n${caption}\\hline\n${lines.join('\n')}\n\\end{longtable}}\n`;
}

function texChart(c) {
  const bars = c.bars
    .map((b) => `\\parbox[b]{2cm}{\\centering\\rule{1.6cm}{${((b.value / (c.max || 100)) * 5).toFixed(2)}cm}\\\\${texEsc(b.label)}}`)
    .join('\\hspace{6mm}');
  return `\\begin{center}{\\sffamily\\zihao{-4} ${texEsc(c.caption || '')}}\\\\[2mm]${bars}\\end{center}\n`;
}

function toTex() {
  const out = [
    '\\documentclass[UTF8,zihao=-4,fontset=none]{ctexart}',
    '\\usepackage[a4paper,top=37mm,left=28mm,right=26mm,bottom=35mm]{geometry}',
    '\\usepackage{array,longtable,multirow,caption}',
    '\\setCJKmainfont{Noto Serif CJK SC}\\setCJKsansfont{Noto Sans CJK SC}\\setCJKfamilyfont{hei}{Noto Sans CJK SC}',
    '\\setmainfont{DejaVu Serif}',
    '\\ctexset{section={name={,、},number=\\chinese{section},format=\\sffamily\\zihao{3}},' +
      'subsection={name={（,）},number=\\chinese{subsection},format=\\zihao{3}},' +
      'subsubsection={format=\\zihao{3}}}',
    '\\linespread{1.3}\\setlength{\\parindent}{2em}',
    '\\begin{document}\\zihao{3}',
  ];
  const levels = ['section', 'subsection', 'subsubsection', 'paragraph'];
  for (const b of doc.blocks) {
    switch (b.type) {
      case 'title':
        out.push(`{\\centering\\sffamily\\zihao{2} ${paragraphs(b.text).map(texEsc).join('\\\\')}\\par}\\bigskip`);
        break;
      case 'heading':
        out.push(`\\${levels[b.level - 1]}${b.numbered === false ? '*' : ''}{${texEsc(b.text)}}`);
        break;
      case 'paragraph':
        for (const p of paragraphs(b.text)) out.push(`${texEsc(p)}\n`);
        break;
      case 'pagebreak':
        out.push('\\clearpage');
        break;
      case 'toc':
        out.push('\\tableofcontents');
        break;
      case 'table':
        out.push(texTable(b));
        break;
      case 'chart':
        out.push(texChart(b));
        break;
    }
  }
  out.push('\\end{document}');
  return out.join('\n') + '\n';
}

fs.writeFileSync(typPath, toTypst());
fs.writeFileSync(texPath, toTex());
