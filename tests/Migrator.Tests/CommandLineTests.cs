namespace Segmentation.Migrator.Tests;

/// <summary>Parsing alone: which command runs, and which lines are refused.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData("up --help")]
    public void Help_wins_over_any_command(string line)
    {
        var parsed = CommandLine.Parse(line.Split(' '), out var error);

        Assert.Null(error);
        Assert.True(parsed!.Help);
        Assert.Null(parsed.Command);
    }

    [Fact]
    public void An_option_value_is_never_taken_for_the_command()
    {
        var parsed = CommandLine.Parse(["--connection", "Host=x", "--demo-cses", "A,B", "verify"], out _);

        Assert.Equal("verify", parsed!.Command);
        Assert.Equal("Host=x", parsed.Connection);
        Assert.Equal("A,B", parsed.DemoCses);
    }

    [Fact]
    public void No_command_parses_to_no_command_not_up()
    {
        var parsed = CommandLine.Parse(["--connection", "Host=x"], out var error);

        Assert.Null(error);
        Assert.Null(parsed!.Command);
        Assert.False(parsed.Help);
    }

    [Theory]
    [InlineData("upp", "Unknown command 'upp'")]
    [InlineData("up --force", "Unknown option '--force'")]
    [InlineData("up verify", "One command expected")]
    [InlineData("up --connection", "needs a value")]
    public void Wrong_lines_are_refused_with_a_reason(string line, string reason)
    {
        var parsed = CommandLine.Parse(line.Split(' '), out var error);

        Assert.Null(parsed);
        Assert.Contains(reason, error);
    }
}
