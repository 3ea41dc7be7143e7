/** Where a command prints; tests capture it, the CLI passes stdout and stderr. */
export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const consoleIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
