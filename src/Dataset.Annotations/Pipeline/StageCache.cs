using System.Collections.Generic;
using System;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Model;
using Dataset.Annotations.Shards;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Pipeline;

/// <summary>
/// The last output of one per-file stage for each file, reused while the file's input is equal: what lets a front end
/// that runs the folder again on every edit (the language server) redo only what the edited file feeds, as the
/// build's incremental pipeline does.
/// </summary>
internal sealed class StageCache<TInput, TOutput>
    where TInput : notnull
{
    private readonly Dictionary<string, KeyValuePair<TInput, TOutput>> _last = new(StringComparer.Ordinal);

    public TOutput Get(string path, TInput input, Func<TInput, TOutput> stage)
    {
        lock (_last)
        {
            if (_last.TryGetValue(path, out var cached) && cached.Key.Equals(input))
            {
                return cached.Value;
            }
        }

        var output = stage(input);
        lock (_last)
        {
            _last[path] = new KeyValuePair<TInput, TOutput>(input, output);
        }

        return output;
    }

    /// <summary>Forgets files no longer in the folder.</summary>
    public void Keep(ICollection<string> paths)
    {
        lock (_last)
        {
            var gone = new List<string>();
            foreach (var path in _last.Keys)
            {
                if (!paths.Contains(path))
                {
                    gone.Add(path);
                }
            }

            foreach (var path in gone)
            {
                _last.Remove(path);
            }
        }
    }
}

/// <summary>The per-file stages a folder run may reuse between runs: the parse of each annotation and the evidence check of each article.</summary>
internal sealed class FolderRunCache
{
    public StageCache<ParseInput, Model.AnnotationFile> Parses { get; } = new();

    public StageCache<Model.EvidenceWork, Model.CheckedEvidence> Evidence { get; } = new();

    public StageCache<Model.AnnotationFile, Model.FileDeclarations> Declarations { get; } = new();

    /// <summary>The id index, rebuilt only when a file's ids or references change (under the key "").</summary>
    public StageCache<IdIndexInput, Validation.IdIndex> Ids { get; } = new();

    public StageCache<CoverInput, Coverage.CoverageReport> Coverage { get; } = new();

    public StageCache<Model.AnnotationFile, Events.FileEventFacts> EventFacts { get; } = new();

    /// <summary>The event links, rebuilt only when a file's statements or sanctions change (under the key "").</summary>
    public StageCache<Collections.EquatableArray<Events.FileEventFacts>, Events.LinkIndex> Links { get; } = new();

    /// <summary>Each file's check, kept while the file and the slice of the dataset it reads are unchanged.</summary>
    public StageCache<Validation.FileSlice, Model.ValidatedFile> Validated { get; } = new();
}

/// <summary>What the id index reads: every file's declarations and references, and the referenced datasets.</summary>
internal sealed record IdIndexInput(Collections.EquatableArray<Model.FileDeclarations> Files, Shards.ReferencedShards Shards);

/// <summary>What one article's coverage reads: its evidence check and every declared name.</summary>
internal sealed record CoverInput(Coverage.CoverageInput Input, Coverage.ActorNames Names);

/// <summary>What the parse of one annotation reads: its path and text.</summary>
internal readonly record struct ParseInput(string Path, string? Text);
