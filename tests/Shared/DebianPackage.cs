namespace Dataset.TestSupport;

/// <summary>
/// A program from Debian's packages that a test drives (Chromium, Neovim), installed with apt-get when it is missing:
/// the tests run as root in CI, which reaches Debian's registry, so a fresh machine needs nothing installed by hand.
/// </summary>
internal static class DebianPackage
{
    private static readonly TimeSpan InstallTimeLimit = TimeSpan.FromMinutes(15);
    private static readonly object Gate = new();

    /// <summary>Makes sure <paramref name="executable"/> exists, installing <paramref name="package"/> if not; says why it cannot.</summary>
    public static void Ensure(string executable, string package, string purpose)
    {
        lock (Gate)
        {
            if (File.Exists(executable))
            {
                return;
            }

            if (!OperatingSystem.IsLinux())
            {
                throw new InvalidOperationException($"{purpose} needs Debian's {package} at {executable}; it is installed with apt-get, which needs Linux.");
            }

            var install = ProcessRunner.Run("apt-get", ["install", "-y", "--no-install-recommends", package], InstallTimeLimit);
            if (install.ExitCode != 0)
            {
                // A fresh container has no package lists yet.
                var update = ProcessRunner.Run("apt-get", ["update"], InstallTimeLimit);
                install = update.ExitCode == 0 ? ProcessRunner.Run("apt-get", ["install", "-y", "--no-install-recommends", package], InstallTimeLimit) : update;
            }

            if (install.ExitCode != 0 || !File.Exists(executable))
            {
                var output = install.Error + install.Output;
                throw new InvalidOperationException(
                    $"{package} is missing and 'apt-get install -y {package}' failed (exit {install.ExitCode}); install Debian's {package} package, as root, " +
                        $"for {purpose}.\n{output[Math.Max(0, output.Length - 2000)..]}");
            }
        }
    }
}
