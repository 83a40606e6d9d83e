using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Pipeline;

/// <summary>
/// What one update of a <see cref="FolderAnalysis"/> found changed, step by step: which indexes to settle again and
/// which files' checks may read something new.
/// </summary>
internal sealed class Settlement
{
    private readonly Dictionary<string, int> _actorReferencesBefore = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int> _actorReferences;

    public Settlement(Dictionary<string, int> actorReferences) => _actorReferences = actorReferences;

    /// <summary>Annotations whose slice of the dataset may have changed: each is sliced again, and validated if it did.</summary>
    public HashSet<string> Reslice { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Articles whose text or requests may have changed.</summary>
    public HashSet<string> TextsToCheck { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Annotations whose declarations other files' duplicate messages may point to.</summary>
    public HashSet<string> DuplicatedToLocate { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Each annotation whose evidence request changed, with the request before and after.</summary>
    public List<(string Path, EvidenceRequest? Before, EvidenceRequest? After)> RequestChanges { get; } = new();

    public bool DeclarationsChanged { get; set; }

    public bool NamesChanged { get; private set; }

    /// <summary>Actors that were referenced by no file before this update and are now, or the other way round.</summary>
    public IEnumerable<string> ActorsCrossingZero =>
        _actorReferencesBefore.Where(before => (before.Value == 0) != (Count(before.Key) == 0)).Select(before => before.Key);

    /// <summary>Takes out what an annotation contributed to the indexes (it changed or is gone).</summary>
    public void Forget(AnnotationInputs old, AnnotationInputs? next)
    {
        CountReferences(old.Declarations, -1);
        if (next is null)
        {
            DeclarationsChanged = true;
            NamesChanged |= old.Names.Count > 0;
            if (old.Request is not null)
            {
                RequestChanges.Add((old.File.Path, old.Request, null));
            }
        }
    }

    /// <summary>Adds what an annotation contributes, noting which indexes it changes against its last version.</summary>
    public void Learn(AnnotationInputs inputs, AnnotationInputs? old)
    {
        CountReferences(inputs.Declarations, +1);
        DeclarationsChanged |= old is null || !old.Declarations.Declarations.Equals(inputs.Declarations.Declarations);
        NamesChanged |= old is null ? inputs.Names.Count > 0 : !old.Names.Equals(inputs.Names);
        if (!Equals(old?.Request, inputs.Request))
        {
            RequestChanges.Add((inputs.File.Path, old?.Request, inputs.Request));
        }
    }

    private void CountReferences(FileDeclarations declarations, int step)
    {
        foreach (var reference in declarations.References)
        {
            if (reference.Kind != RecordKind.Actor)
            {
                continue;
            }

            var count = Count(reference.Id);
            if (!_actorReferencesBefore.ContainsKey(reference.Id))
            {
                _actorReferencesBefore[reference.Id] = count;
            }

            count += step;
            if (count == 0)
            {
                _actorReferences.Remove(reference.Id);
            }
            else
            {
                _actorReferences[reference.Id] = count;
            }
        }
    }

    private int Count(string id) => _actorReferences.TryGetValue(id, out var count) ? count : 0;
}
