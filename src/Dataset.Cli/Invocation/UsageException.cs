namespace Dataset.Cli.Invocation;

/// <summary>A wrong command line; the message says what is wrong, and the tool exits with <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class UsageException(string message) : Exception(message);
