using System.Diagnostics;
using System.Globalization;

namespace Dataset.Benchmarks;

/// <summary>Wall time of one `dotnet` run, the peak resident set (KiB) of its largest process, and the CPU seconds of all of them.</summary>
public sealed record TimedRun(TimeSpan Wall, long PeakKiB, double CpuSeconds);

/// <summary>
/// Runs `dotnet` under /usr/bin/time (Linux only), which counts the processes the run waits for: the clock gives the
/// wall time, GNU time the peak resident set and the user + system CPU time.
/// </summary>
public static class TimedBuild
{
    public static TimedRun Dotnet(string arguments)
    {
        var measurements = Path.GetTempFileName();
        try
        {
            var clock = Stopwatch.StartNew();
            Workspace.Run("/usr/bin/time", $"-f \"%M %U %S\" -o \"{measurements}\" dotnet {arguments}");
            var wall = clock.Elapsed;
            var measured = File.ReadAllLines(measurements).Last().Split(' ');
            return new TimedRun(
                wall,
                long.Parse(measured[0], CultureInfo.InvariantCulture),
                double.Parse(measured[1], CultureInfo.InvariantCulture) + double.Parse(measured[2], CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(measurements);
        }
    }
}
