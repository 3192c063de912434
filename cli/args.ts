/** Tiny argv reader: positional arguments and --flag value / --switch. */
export interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

/** Parse argv; a flag takes the next word as its value unless that is another flag. */
export function parseArgs(argv: string[], switches: readonly string[] = []): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) flags.set(name, inline);
      else if (switches.includes(name) || i + 1 >= argv.length || (argv[i + 1] as string).startsWith('--')) flags.set(name, true);
      else flags.set(name, argv[++i] as string);
    } else positional.push(a);
  }
  return { positional, flags };
}

/** A flag's string value, or undefined. */
export function flag(args: Args, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}
