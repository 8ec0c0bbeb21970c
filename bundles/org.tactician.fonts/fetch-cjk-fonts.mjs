// Puts the CJK faces into fonts/ (git ignores them: 44 MB): npm ci fetches the packages pinned
// in package-lock.json, then the regular and bold TTF files and the font licence are copied
// under the names DocumentFonts expects. Does nothing when the files are there already.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const families = [
  { folder: 'noto-sans-sc', stem: 'NotoSansSC', pkg: '@expo-google-fonts/noto-sans-sc' },
  { folder: 'noto-sans-tc', stem: 'NotoSansTC', pkg: '@expo-google-fonts/noto-sans-tc' },
  { folder: 'noto-sans-jp', stem: 'NotoSansJP', pkg: '@expo-google-fonts/noto-sans-jp' },
  { folder: 'noto-sans-kr', stem: 'NotoSansKR', pkg: '@expo-google-fonts/noto-sans-kr' },
];
const copies = families.flatMap(({ folder, stem, pkg }) => [
  [join(pkg, '400Regular', `${stem}_400Regular.ttf`), join(folder, `${stem}-Regular.ttf`)],
  [join(pkg, '700Bold', `${stem}_700Bold.ttf`), join(folder, `${stem}-Bold.ttf`)],
  [join(pkg, 'LICENSE_FONT'), join(folder, 'OFL.txt')],
]);

if (copies.every(([, to]) => existsSync(join(here, 'fonts', to)))) {
  process.exit(0);
}
execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: here, stdio: 'inherit' });
for (const [from, to] of copies) {
  const target = join(here, 'fonts', to);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(here, 'node_modules', from), target);
}
// The packages hold seven more weights each (some 300 MB): keep only what was copied.
rmSync(join(here, 'node_modules'), { recursive: true, force: true });
