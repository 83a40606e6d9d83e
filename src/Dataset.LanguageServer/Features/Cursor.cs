using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Features;

/// <summary>What is under the cursor in an annotation: an id (declared or referred to), a <c>text:</c> value or an evidence string.</summary>
internal abstract record Target(LocationInfo Location);

internal sealed record IdTarget(RecordKey Key, LocationInfo Location, bool IsDeclaration) : Target(Location);

internal sealed record TextFileTarget(string TextPath, LocationInfo Location) : Target(Location);

internal sealed record EvidenceTarget(RecordKey Owner, string Evidence, LocationInfo Location) : Target(Location);

internal static class Cursor
{
    public static Target? At(Snapshot snapshot, string path, Position position)
    {
        if (!snapshot.Annotations.TryGetValue(path, out var file))
        {
            return null;
        }

        foreach (var declared in snapshot.DeclaredIn(path))
        {
            if (Ranges.Contains(declared.Location, position))
            {
                return new IdTarget(declared.Key, declared.Location, IsDeclaration: true);
            }
        }

        foreach (var referred in snapshot.ReferredIn(path))
        {
            if (Ranges.Contains(referred.Location, position))
            {
                return new IdTarget(referred.Key, referred.Location, IsDeclaration: false);
            }
        }

        if (file.Document is { } document && file.TextPath is { } textPath && Ranges.Contains(document.TextFile.Location, position))
        {
            return new TextFileTarget(textPath, document.TextFile.Location);
        }

        foreach (var statement in file.Statements.Where(s => Ranges.Contains(s.Evidence.Location, position)))
        {
            return new EvidenceTarget(new RecordKey(RecordKind.Statement, statement.Id.Value), statement.Evidence.Value, statement.Evidence.Location);
        }

        foreach (var sanction in file.Sanctions.Where(s => Ranges.Contains(s.Evidence.Location, position)))
        {
            return new EvidenceTarget(new RecordKey(RecordKind.Sanction, sanction.Id.Value), sanction.Evidence.Value, sanction.Evidence.Location);
        }

        return null;
    }
}
