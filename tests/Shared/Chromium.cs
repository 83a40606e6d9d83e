namespace Dataset.TestSupport;

/// <summary>
/// Debian's headless Chromium, installed with apt-get when it is missing (the tests run as root in CI, which has the
/// Debian registry). Every run has a time limit, and a run over it is killed with its child processes.
/// </summary>
public sealed class Chromium
{
    public const string Executable = "/usr/bin/chromium";

    public Chromium() => DebianPackage.Ensure(Executable, "chromium", "the report test");

    /// <summary>Loads a page headless and returns what Chromium printed; <paramref name="extra"/> adds the action (--dump-dom, --screenshot=…).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "Performance",
        "CA1822",
        Justification = "An instance: making one installs Chromium, which loading needs.")]
    public ProcessResult Load(string htmlPath, string profileFolder, params string[] extra)
    {
        string[] arguments =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            $"--user-data-dir={profileFolder}",
            // Lets the page's script finish before the DOM is dumped or the picture taken.
            "--virtual-time-budget=5000",
            .. extra,
            new Uri(htmlPath).AbsoluteUri,
        ];
        return ProcessRunner.Run(Executable, arguments, TimeSpan.FromSeconds(120));
    }

    internal static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];
}

