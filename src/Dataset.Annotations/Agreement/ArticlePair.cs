using System.Collections.Generic;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Agreement;

/// <summary>One article both annotators annotated, with their records of each kind paired by evidence.</summary>
internal sealed record ArticlePair(AnnotatorArticle A, AnnotatorArticle B)
{
    public SpanMatch Statements { get; } = SpanMatching.Match(A.OfKind(RecordKind.Statement), B.OfKind(RecordKind.Statement));

    public SpanMatch Sanctions { get; } = SpanMatching.Match(A.OfKind(RecordKind.Sanction), B.OfKind(RecordKind.Sanction));

    public string DocumentId => A.DocumentId;

    public SpanMatch Of(RecordKind kind) => kind == RecordKind.Statement ? Statements : Sanctions;

    public IEnumerable<SpanMatch> Both => new[] { Statements, Sanctions };
}
