using System.Diagnostics;
using System.Text;
using Dataset.Annotations.Paths;

namespace Dataset.Cli.Revisions;

/// <summary>
/// The annotations and article texts of one folder at one revision of the current repository, read through `git`
/// itself (`ls-tree`, then one `cat-file --batch` for every file): the working tree is not touched and no checkout is
/// made. What `dataset diff`, `export --since`, `agree` and `adjudicate` read a revision with.
/// </summary>
internal static class GitTree
{
    /// <summary>Whether git knows <paramref name="revision"/> as a commit of the current folder's repository.</summary>
    public static bool IsRevision(string revision)
    {
        try
        {
            Git(Environment.CurrentDirectory, ["rev-parse", "--verify", "--quiet", revision + "^{commit}"], null, $"'{revision}' is no revision");
            return true;
        }
        catch (GitRevisionException)
        {
            return false;
        }
    }

    /// <summary>
    /// The files of <paramref name="treeish"/> (git's <c>REV:PATH</c>: PATH from the repository's top, or <c>./PATH</c>
    /// from the current folder), keyed by their path inside that folder.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> ReadTree(string treeish)
    {
        var colon = treeish.IndexOf(':', StringComparison.Ordinal);
        var (revision, path) = colon < 0 ? (treeish, string.Empty) : (treeish[..colon], treeish[(colon + 1)..]);
        var root = Root(treeish);
        if (path.StartsWith("./", StringComparison.Ordinal) || path == ".")
        {
            path = Path.GetRelativePath(root, Path.GetFullPath(path)).Replace('\\', '/');
        }

        var folder = Path.Combine(root, path.Trim('/') is { Length: > 0 } inside && inside != "." ? inside : string.Empty).Replace('\\', '/').TrimEnd('/')
            + "/";
        return Read(revision, path).Select(f => new KeyValuePair<string, string?>(f.Key.Replace('\\', '/')[folder.Length..], f.Value)).ToList();
    }
    /// <summary>
    /// Every *.yaml, *.yml and *.txt under <paramref name="path"/> (relative to the repository root) at <paramref name="revision"/>, keyed by its path as it
    /// would be on disk.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Read(string revision, string path)
    {
        var root = Root($"{revision}:{path}");
        var pathspec = path.Trim('/').Length == 0 ? "." : path.Trim('/');
        var listing = Git(root, ["ls-tree", "-r", "-z", "--name-only", revision, "--", pathspec], null, $"git cannot list '{pathspec}' at '{revision}'")
            .AsText();
        var names = listing.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(n => ArticlePaths.IsAnnotation(n) || ArticlePaths.IsArticleText(n))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            throw new GitRevisionException($"'{revision}:{path}' holds no annotation or article text (git ls-tree lists none).");
        }

        var request = string.Concat(names.Select(n => $"{revision}:{n}\n"));
        var batch = Git(root, ["cat-file", "--batch"], request, $"git cannot read the files of '{revision}:{path}'");
        var contents = SplitBatch(batch.Output, names.Count);
        return names.Select((name, i) => new KeyValuePair<string, string?>(Path.Combine(root, name), contents[i])).ToList();
    }

    private static string Root(string treeish) =>
        Git(
            Environment.CurrentDirectory,
            ["rev-parse", "--show-toplevel"],
            null,
            $"'{treeish}' names a git revision, but the current folder is not in a git repository")
            .AsText()
            .Trim();

    /// <summary>`cat-file --batch` answers each object as <c>OID TYPE SIZE\n</c>, the bytes, and <c>\n</c>.</summary>
    private static string?[] SplitBatch(byte[] output, int count)
    {
        var contents = new string?[count];
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            var end = Array.IndexOf(output, (byte)'\n', at);
            var header = Encoding.UTF8.GetString(output, at, end - at).Split(' ');
            at = end + 1;
            if (header.Length != 3 || !int.TryParse(header[2], out var size))
            {
                continue;
            }

            contents[i] = Decode(output.AsSpan(at, size).ToArray());
            at += size + 1;
        }

        return contents;
    }

    /// <summary>As File.ReadAllText reads a file: UTF-8 unless a byte-order mark says otherwise, the mark dropped.</summary>
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private sealed record GitOutput(byte[] Output)
    {
        public string AsText() => Encoding.UTF8.GetString(Output);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "Usage",
        "VSTHRD002",
        Justification = "A command without a synchronization context waits for git's output, copied while its input is written.")]
    private static GitOutput Git(string folder, IReadOnlyList<string> arguments, string? input, string failure)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitRevisionException(failure + ": git did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new GitRevisionException($"{failure}: git could not be run ({e.Message}).");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            if (input is not null)
            {
                process.StandardInput.Write(input);
            }

            process.StandardInput.Close();
            copy.GetAwaiter().GetResult();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new GitRevisionException($"{failure}: {error.GetAwaiter().GetResult().Trim()}");
            }

            return new GitOutput(output.ToArray());
        }
    }
}

/// <summary>A revision that cannot be read: no repository, revision or path, or no annotation in it; the message says which.</summary>
internal sealed class GitRevisionException(string message) : Exception(message);
