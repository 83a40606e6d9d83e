using Dataset.Cli.Invocation;

namespace Dataset.Cli.Tests;

/// <summary>Progress goes to its own writer, only when enabled, and thins out long runs.</summary>
public class ProgressTests
{
    [Fact]
    public void Disabled_progress_writes_nothing_and_force_enables_it()
    {
        using var writer = new StringWriter();
        var progress = new Progress(writer, enabled: false);
        progress.Step("export", 1, 2, "a");
        Assert.Equal("", writer.ToString());
        progress.Force(true).Step("export", 2, 2, "b");
        Assert.Equal("export: 2/2 b", writer.ToString().TrimEnd());
        Assert.False(progress.Enabled);
    }

    [Fact]
    public void A_long_run_shows_about_twenty_steps_and_always_the_last()
    {
        using var writer = new StringWriter();
        var progress = new Progress(writer, enabled: true);
        for (var i = 1; i <= 1001; i++)
        {
            progress.Step("validate", i, 1001, $"file{i}");
        }

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(lines.Length, 15, 25);
        Assert.Equal("validate: 1001/1001 file1001", lines[^1].TrimEnd('\r'));
    }
}
