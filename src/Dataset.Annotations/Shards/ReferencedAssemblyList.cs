using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;

namespace Dataset.Annotations.Shards;

/// <summary>
/// The assemblies a project compiled against, as its last build listed them (the build's
/// <c>DatasetListReferences</c> target writes <c>obj/dataset-references.txt</c>): what lets a front end without a build
/// resolve ids of referenced shards (projects and packages) as the build does. Before the first build there is no
/// list, and those ids are unknown until there is.
/// </summary>
internal static class ReferencedAssemblyList
{
    public const string FileName = "dataset-references.txt";

    /// <summary>The list of the nearest project at or above <paramref name="folder"/> (a folder with a .csproj), or none.</summary>
    public static IReadOnlyList<string> Find(string folder)
    {
        try
        {
            for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
            {
                if (directory.EnumerateFiles("*.csproj").Any())
                {
                    var list = Path.Combine(directory.FullName, "obj", FileName);
                    return File.Exists(list)
                        ? File.ReadAllLines(list).Select(line => line.Trim()).Where(line => line.Length > 0 && File.Exists(line)).ToList()
                        : Array.Empty<string>();
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
            // An unreadable folder or list is a project whose references are not known: its own ids still resolve.
        }

        return Array.Empty<string>();
    }
}
