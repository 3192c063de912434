/** README.txt of an evidence bundle: what is inside and how anyone can check it, in Chinese and English. */

/** What the README needs to know about the bundle it describes. */
export interface ReadmeInput {
  caseName?: string;
  createdAtLocal: string;
  /** Notice folders ("" for a single-notice bundle). */
  folders: string[];
  hasChain: boolean;
  chainHead?: string;
}

/** README.txt text (LF line ends; every editor of the last decade shows UTF-8 without a BOM). */
export function renderReadme(r: ReadmeInput): string {
  const multi = r.folders.length > 1 || r.folders.some((f) => f !== '');
  const where = multi ? `${r.folders[0] ?? '01-…'}/` : '';
  const lines = [
    '公示核查 Disclosure Lens — 证据包 / evidence bundle',
    '================================================',
    '',
    ...(r.caseName ? [`案卷 Case: ${r.caseName}`] : []),
    `生成时间 Created: ${r.createdAtLocal}`,
    '',
    '一、内容',
    '------',
    ...(multi
      ? [
          'index.html           案卷概览，链接到每条公告的报告',
          `NN-…/                每条公告一个文件夹（共 ${r.folders.length} 个），内含以下文件：`,
        ]
      : []),
    `${where}page.html       取证时浏览器中的网页（UTF-8 保存）`,
    `${where}notice.txt      引擎读取的公告正文`,
    `${where}screenshot.png  截图（若有；未截图的原因写在 manifest.json）`,
    `${where}report.json     核查结果（机器可读）`,
    `${where}report.html     核查结果（可阅读、可打印）`,
    'manifest.json        每个文件的 SHA-256 与大小、取证时间（UTC 与北京时间）、网址、扩展与引擎版本',
    ...(r.hasChain ? ['chain.json           保管链：只能追加、逐条以哈希相连的操作记录'] : []),
    'SHA256SUMS           除其自身外每个文件的 SHA-256',
    '',
    '二、如何核验',
    '----------',
    '先解压到一个文件夹，在该文件夹中执行：',
    '  Linux:    sha256sum -c SHA256SUMS',
    '  macOS:    shasum -a 256 -c SHA256SUMS',
    '  Windows:  certutil -hashfile page.html SHA256',
    '            （逐个文件计算，与 SHA256SUMS 中同名文件的值比对，不区分大小写）',
    '            或在 PowerShell 中一次核验全部文件：',
    "            Get-Content SHA256SUMS | ForEach-Object { $h,$f = $_ -split '  ',2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -eq $h) { \"OK: $f\" } else { \"FAILED: $f\" } }",
    '  任意系统（需 Node.js）：不必解压，直接执行',
    '            npx disclosure-lens verify bundle.zip',
    `            该命令还会核对 manifest.json 与 SHA256SUMS 是否一致、有无缺少或多出的文件${r.hasChain ? '，并核验保管链 chain.json。' : '。'}`,
    '每个文件都应显示 OK（或哈希一致）。任何改动，哪怕一个字节，都会使对应文件核验失败。',
    `建议在提交证据时另行记录整个 ZIP 文件的 SHA-256${r.hasChain && r.chainHead ? `，以及保管链末条哈希：\n  ${r.chainHead}` : '。'}`,
    '',
    '三、说明',
    '------',
    'report.html 与 report.json 是本工具的核查意见，仅供参考；原始证据是 page.html、notice.txt 与截图。',
    'page.html 是浏览器中已加载页面的快照，以 UTF-8（带 BOM）保存，可能引用已失效的外部资源。',
    '',
    '',
    'Disclosure Lens — evidence bundle',
    '=================================',
    '',
    '1. Contents',
    ...(multi
      ? [
          'index.html           case overview linking each notice report',
          `NN-…/                one folder per notice (${r.folders.length} in all), each holding:`,
        ]
      : []),
    `${where}page.html       the page as the browser had it at capture (saved as UTF-8)`,
    `${where}notice.txt      the notice text the engine read`,
    `${where}screenshot.png  screenshot (when taken; otherwise manifest.json says why not)`,
    `${where}report.json     the check result, machine-readable`,
    `${where}report.html     the check result, readable and printable`,
    'manifest.json        SHA-256 and size of every file, capture time (UTC and China time +08:00), URL, extension and engine versions',
    ...(r.hasChain ? ['chain.json           custody log: append-only, each entry hashing the one before'] : []),
    'SHA256SUMS           SHA-256 of every file except itself',
    '',
    '2. How to verify',
    'Unzip into a folder, then in that folder run:',
    '  Linux:    sha256sum -c SHA256SUMS',
    '  macOS:    shasum -a 256 -c SHA256SUMS',
    '  Windows:  certutil -hashfile page.html SHA256',
    '            (one file at a time; compare with the line for that file in SHA256SUMS, case does not matter)',
    '            or check them all in PowerShell with the Get-FileHash one-liner above.',
    '  Anywhere with Node.js, without unzipping:',
    '            npx disclosure-lens verify bundle.zip',
    `            which also checks that manifest.json and SHA256SUMS agree, that no file is missing or added${r.hasChain ? ', and the custody chain in chain.json.' : '.'}`,
    'Every file must report OK. Any change, even of one byte, makes that file fail.',
    `When filing this bundle, record the SHA-256 of the ZIP itself${r.hasChain && r.chainHead ? ' and the custody chain head hash shown above.' : '.'}`,
    '',
    '3. Notes',
    "report.html and report.json are this tool's reading of the notice, for reference; the evidence is page.html, notice.txt and the screenshots.",
    'page.html is a snapshot of the loaded page, saved as UTF-8 with a BOM; external resources it links to may since have changed or gone.',
    '',
  ];
  return lines.join('\n');
}
