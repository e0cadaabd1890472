namespace Segmentation.Migrator;

/// <summary>The parsed arguments. Options are known by name, so an option's value (a connection string,
/// a CSE list) is never mistaken for the command, and a typo is an error rather than a silent `up`.</summary>
public sealed record CommandLine(string? Command, string? Connection, string? DemoCses, bool Yes, bool DemoData, bool Help)
{
    public static readonly string[] Commands = ["up", "status", "verify", "repair", "rollback"];

    private static readonly string[] ValueOptions = ["--connection", "--demo-cses"];
    private static readonly string[] Flags = ["--yes", "--demo-data", "--help", "-h"];

    /// <summary>The parsed line, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static CommandLine? Parse(IReadOnlyList<string> args, out string? error)
    {
        var values = new Dictionary<string, string>();
        var flags = new HashSet<string>();
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (ValueOptions.Contains(arg))
            {
                if (i + 1 >= args.Count) { error = $"Option '{arg}' needs a value."; return null; }
                values[arg] = args[++i];
            }
            else if (Flags.Contains(arg)) flags.Add(arg);
            else if (arg.StartsWith('-')) { error = $"Unknown option '{arg}'."; return null; }
            else positional.Add(arg);
        }
        var help = flags.Contains("--help") || flags.Contains("-h") || positional is ["help"];
        if (!help && positional.Count > 1) { error = $"One command expected, got: {string.Join(' ', positional)}."; return null; }
        var command = help ? null : positional.FirstOrDefault();
        if (command is not null && !Commands.Contains(command)) { error = $"Unknown command '{command}'."; return null; }
        error = null;
        return new CommandLine(command, values.GetValueOrDefault("--connection"), values.GetValueOrDefault("--demo-cses"),
            flags.Contains("--yes"), flags.Contains("--demo-data"), help);
    }
}
