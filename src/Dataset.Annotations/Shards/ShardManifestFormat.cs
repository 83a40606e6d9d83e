using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Text;
using System;
using System.Threading;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Model;
using Dataset.Annotations.Naming;
using Dataset.Annotations.Parsing;
using Dataset.Annotations.Paths;

namespace Dataset.Annotations.Shards;

/// <summary>
/// The text a shard writes into its assembly about what it declares, and reads back from the projects it
/// references. One line per declaration, its kind and id, grouped under the file that declares it:
/// <code>
/// dataset-shard 2
/// @annotations/actors.yaml
/// a TAB united-states
/// s TAB us-urges-talks
/// </code>
/// Kinds are a(ctor), s(tatement), n (sanction), d(ocument). Nothing else is written: the manifest is part of the
/// reference assembly, so whatever it holds besides ids (lines, names) would make referencing projects recompile on
/// edits that keep the ids. Tabs, line breaks and backslashes in a path are written as \t, \n, \r, \\.
/// Format 1 (earlier generators) had the same lines followed by line, column and a name; it is read too, and those
/// further fields are ignored.
/// </summary>
internal static class ShardManifestFormat
{
    public const string Header = "dataset-shard 2";

    /// <summary>The header of earlier generators' manifests, whose lines start the same way.</summary>
    public const string FormerHeader = "dataset-shard 1";

    private static readonly Regex IdPattern = new(FieldPatterns.Id, RegexOptions.CultureInvariant);

    private static readonly (RecordKind Kind, string Code)[] Codes =
    {
        (RecordKind.Actor, "a"), (RecordKind.Statement, "s"), (RecordKind.Sanction, "n"), (RecordKind.Document, "d"),
    };

    public static string Write(IEnumerable<ManifestFile> files, string projectDirectory, CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var file in files.Where(f => f.Entries.Count > 0).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            text.Append('@').Append(Escape(ProjectPaths.Stable(file.Path, projectDirectory))).Append('\n');
            foreach (var entry in file.Entries)
            {
                text.Append(CodeOf(entry.Kind)).Append('\t').Append(entry.Id).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The manifest of a referenced assembly, or null when it is not one this generator wrote. Lines it cannot read
    /// (an id that is not kebab-case, an unknown kind) are skipped: a reference is never trusted to be well formed.
    /// Fields after the id are ignored.
    /// </summary>
    public static ShardManifest? Parse(string assemblyName, string? @namespace, string? text)
    {
        if (text is null
            || !CSharpNames.IsValidNamespace(@namespace)
            || !(text.StartsWith(Header + "\n", StringComparison.Ordinal) || text.StartsWith(FormerHeader + "\n", StringComparison.Ordinal)))
        {
            return null;
        }

        var declarations = new List<ShardDeclaration>();
        var file = string.Empty;
        foreach (var line in text.Split('\n').Skip(1))
        {
            if (line.StartsWith("@", StringComparison.Ordinal))
            {
                file = Unescape(line.Substring(1));
                continue;
            }

            var fields = line.Split('\t');
            var kind = fields.Length >= 2 ? KindOf(fields[0]) : null;
            if (kind is null || fields[1].Length > FieldPatterns.MaxIdLength || !IdPattern.IsMatch(fields[1]))
            {
                continue;
            }

            declarations.Add(new ShardDeclaration(kind.Value, fields[1], file));
        }

        return new ShardManifest(assemblyName, @namespace!, declarations.ToEquatableArray());
    }

    private static string CodeOf(RecordKind kind) => Codes.First(c => c.Kind == kind).Code;

    private static RecordKind? KindOf(string code) => Codes.Where(c => c.Code == code).Select(c => (RecordKind?)c.Kind).FirstOrDefault();

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                builder.Append(value[i]);
                continue;
            }

            builder.Append(value[++i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var other => other });
        }

        return builder.ToString();
    }
}
