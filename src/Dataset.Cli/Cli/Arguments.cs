namespace Dataset.Cli.Cli;

/// <summary>
/// The words after the command: positional values and <c>--name value</c> / <c>--name=value</c> options or
/// <c>--flag</c> switches. A command takes what it knows and calls <see cref="EnsureAllUsed"/>, so that a
/// mistyped option is an error rather than silently ignored.
/// </summary>
internal sealed class Arguments
{
    private readonly List<string> _positional = [];
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> words)
    {
        var list = words.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var word = list[i];
            if (word == "--")
            {
                _positional.AddRange(list.Skip(i + 1));
                break;
            }

            if (!word.StartsWith("--", StringComparison.Ordinal) || word.Length == 2)
            {
                if (word is "-h" or "-?")
                {
                    _options["help"] = null;
                    continue;
                }

                _positional.Add(word);
                continue;
            }

            var equals = word.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? word[2..] : word[2..equals];
            var value = equals < 0 ? null : word[(equals + 1)..];
            if (value is null && i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal) && TakesValue(name))
            {
                value = list[++i];
            }

            if (!_options.TryAdd(name, value))
            {
                throw new UsageException($"Option --{name} is given twice.");
            }
        }
    }

    /// <summary>The options that take a value; all others are switches.</summary>
    public static IReadOnlySet<string> ValueOptions { get; } = new HashSet<string>(StringComparer.Ordinal) { "format", "kind", "output", "annotations" };

    public IReadOnlyList<string> Positional => _positional;

    public bool HelpRequested => _options.ContainsKey("help");

    public string? Option(string name)
    {
        _used.Add(name);
        if (_options.TryGetValue(name, out var value) && value is null)
        {
            throw new UsageException($"Option --{name} needs a value.");
        }

        return value;
    }

    public bool Flag(string name)
    {
        _used.Add(name);
        if (_options.TryGetValue(name, out var value) && value is not null)
        {
            throw new UsageException($"Option --{name} takes no value.");
        }

        return _options.ContainsKey(name);
    }

    /// <summary>Fails on options the command did not ask for and on more positional values than it takes.</summary>
    public void EnsureAllUsed(string command, int maxPositional)
    {
        _used.Add("help");
        foreach (var name in _options.Keys.Where(n => !_used.Contains(n)))
        {
            throw new UsageException($"'{command}' has no option --{name}.{Suggest.DidYouMean("--" + name, _used.Select(u => "--" + u))}");
        }

        if (_positional.Count > maxPositional)
        {
            throw new UsageException($"'{command}' takes {(maxPositional == 0 ? "no" : $"at most {maxPositional}")} argument{(maxPositional == 1 ? string.Empty : "s")}; got '{string.Join(' ', _positional)}'.");
        }
    }

    private static bool TakesValue(string name) => ValueOptions.Contains(name);
}
