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
    /// <param name="arguments">The arguments of `dotnet`.</param>
    /// <param name="sdkDefaults">
    /// Whether to run with the SDK's own defaults, the compiler server and MSBuild's node reuse on, whatever this
    /// machine's environment turns off (`UseSharedCompilation=false`, `MSBUILDDISABLENODEREUSE=1`). The processes that
    /// stay alive between builds then do part of the work, so the CPU time counts only what the build waited for.
    /// </param>
    public static TimedRun Dotnet(string arguments, bool sdkDefaults = false)
    {
        var measurements = Path.GetTempFileName();
        try
        {
            var clock = Stopwatch.StartNew();
            var dotnet = sdkDefaults ? "env -u UseSharedCompilation -u MSBUILDDISABLENODEREUSE dotnet" : "dotnet";
            Workspace.Run("/usr/bin/time", $"-f \"%M %U %S\" -o \"{measurements}\" {dotnet} {arguments}");
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
