/**
 * Which files the user named on the command line (`electron . FILE…`, `ephemera FILE…` when
 * packaged). Chromium and Electron switches (`--foo`) are not files; after `--` everything is.
 */
export function startupPathsFromArgv(argv: readonly string[], isPackaged: boolean): string[] {
  const rest = argv.slice(isPackaged ? 1 : 2);
  const end = rest.indexOf('--');
  const before = (end === -1 ? rest : rest.slice(0, end)).filter((arg) => !arg.startsWith('-'));
  return end === -1 ? before : [...before, ...rest.slice(end + 1)];
}
