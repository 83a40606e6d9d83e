using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Dataset.Cli.Teams;

/// <summary>
/// Reads a folder as a git revision holds it, through the git command of the current repository: `git rev-parse` to
/// find the tree, `git ls-tree` to list it and `git cat-file --batch` to read every file in one process.
/// </summary>
internal static class GitTree
{
    /// <summary>Whether git knows <paramref name="revision"/> as a commit in the current folder's repository.</summary>
    public static bool IsRevision(string revision) => TryRun(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], out _);

    /// <summary>
    /// The files of the tree <paramref name="treeish"/> names (git's REV:PATH), path relative to that tree and text;
    /// null when git has no such tree.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>>? Read(string treeish)
    {
        // "REV:PATH^{tree}" would read ^{tree} as part of the path: the object is looked up, then its type checked.
        if (!TryRun(["rev-parse", "--verify", "--quiet", treeish], out var tree) || !TryRun(["cat-file", "-t", tree.Trim()], out var type) || type.Trim() != "tree")
        {
            return null;
        }

        if (!TryRun(["ls-tree", "-r", "-z", "--full-tree", tree.Trim()], out var listing))
        {
            return null;
        }

        // Each entry: "<mode> blob <sha>\t<path>", NUL-terminated; --full-tree, or a subfolder would list only itself.
        var blobs = listing.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('\t', 2))
            .Where(parts => parts.Length == 2 && parts[0].Split(' ') is [_, "blob", _])
            .Select(parts => (Sha: parts[0].Split(' ')[2], Path: parts[1]))
            .ToList();
        return ReadBlobs(blobs);
    }

    private static List<KeyValuePair<string, string>> ReadBlobs(IReadOnlyList<(string Sha, string Path)> blobs)
    {
        var files = new List<KeyValuePair<string, string>>(blobs.Count);
        using var process = Start(["cat-file", "--batch"]);
        // Read, so that git never waits on a full error pipe.
        var errors = process.StandardError.ReadToEndAsync();
        var writer = Task.Run(() =>
        {
            foreach (var blob in blobs)
            {
                process.StandardInput.Write(blob.Sha + "\n");
            }

            process.StandardInput.Close();
        });
        var output = process.StandardOutput.BaseStream;
        foreach (var blob in blobs)
        {
            // "<sha> blob <size>\n<content>\n"
            var header = ReadLine(output).Split(' ');
            var size = header.Length == 3 ? int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture) : 0;
            var content = new byte[size];
            output.ReadExactly(content);
            output.ReadByte();
            files.Add(new(blob.Path, new UTF8Encoding(false).GetString(content).TrimStart('\uFEFF')));
        }

        writer.Wait();
        process.WaitForExit();
        _ = errors.Result;
        return files;
    }

    private static string ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        for (var b = stream.ReadByte(); b is not -1 and not '\n'; b = stream.ReadByte())
        {
            bytes.Add((byte)b);
        }

        return Encoding.ASCII.GetString(bytes.ToArray());
    }

    private static bool TryRun(string[] arguments, out string output)
    {
        output = string.Empty;
        try
        {
            using var process = Start(arguments);
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = error.Result;
            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            // No git on the PATH: nothing can be read from a revision.
            return false;
        }
    }

    private static Process Start(string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Environment.CurrentDirectory,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new Win32Exception("git could not be started");
    }
}
