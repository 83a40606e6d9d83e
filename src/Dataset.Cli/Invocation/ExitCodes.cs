namespace Dataset.Cli.Invocation;

/// <summary>The process exit codes, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command ran but found a problem: an unknown id, annotation errors, a file it could not read or write.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: an unknown command or option, a missing argument.</summary>
    public const int Usage = 2;
}
