using Dataset.Annotations.Coverage;
using Dataset.Annotations.Model;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Caching;

/// <summary>
/// The results of the per-file checks in the cache's binary form and back: an article's evidence check, an
/// annotation's check and an article's coverage. What a result shares with its input (the article, the annotation's
/// model) is not written: the input it is filed under gives it back.
/// </summary>
internal static class ResultCodec
{
    /// <summary>An article's evidence check, without the article.</summary>
    public static void Write(CacheWriter w, CheckedEvidence evidence) => w.List(evidence.Results, Evidence);

    public static CheckedEvidence ReadEvidence(CacheReader r, ArticleText text) => new(text, r.List(Evidence));

    /// <summary>
    /// An annotation's check: its diagnostics, what the check computes; the rest (the records it emits, the ids it names,
    /// its evidence) is made again from the slice it is filed under, as the check makes it, and shares its values.
    /// </summary>
    public static void Write(CacheWriter w, ValidatedFile file) => w.List(file.Diagnostics, ModelCodec.Diagnostic);

    public static ValidatedFile ReadValidated(CacheReader r, FileSlice input) => FileValidator.Checked(input.File, input.Slice, r.List(ModelCodec.Diagnostic));

    /// <summary>An article's coverage; the diagnostics first, so that they can be read alone.</summary>
    public static void Write(CacheWriter w, CoverageReport report)
    {
        w.List(report.Diagnostics, ModelCodec.Diagnostic);
        w.String(report.AnnotationPath);
        w.String(report.TextPath);
        w.Int(report.QuotedPassages);
        w.Int(report.QuotedAnnotated);
        w.Int(report.AttributedSentences);
        w.Int(report.AttributedAnnotated);
        w.Int(report.Reasoned);
        w.List(report.Uncovered, Uncovered);
        w.String(report.Language.Code);
        w.Bool(report.Language.IsStated);
        w.Bool(report.IsJudged);
    }

    public static CoverageReport ReadCoverage(CacheReader r)
    {
        var diagnostics = r.List(ModelCodec.Diagnostic);
        return new CoverageReport(r.Required(), r.Required(), r.Int(), r.Int(), r.Int(), r.Int(), r.Int(), r.List(Uncovered), diagnostics)
        {
            Language = new ArticleLanguage(r.String(), r.Bool()),
            IsJudged = r.Bool(),
        };
    }

    public static void Evidence(CacheWriter w, EvidenceForFile evidence)
    {
        w.String(evidence.AnnotationPath);
        w.Int(evidence.TextLength);
        w.List(evidence.Results, Result);
        w.String(evidence.Language.Code);
        w.Bool(evidence.Language.IsStated);
    }

    private static EvidenceForFile Evidence(CacheReader r) =>
        new(r.Required(), r.Int(), r.List(Result)) { Language = new ArticleLanguage(r.String(), r.Bool()) };

    /// <summary>Whose text an evidence check locates: a record, or the n-th unannotated passage.</summary>
    public static void Key(CacheWriter w, EvidenceKey key)
    {
        w.Bool(key.Record is not null);
        if (key.Record is { } record)
        {
            ModelCodec.Key(w, record);
        }

        w.Int(key.UnannotatedIndex);
    }

    public static EvidenceKey Key(CacheReader r)
    {
        RecordKey? record = r.Bool() ? ModelCodec.Key(r) : null;
        return new EvidenceKey(record, r.Int());
    }

    private static void Result(CacheWriter w, EvidenceResult result)
    {
        Key(w, result.ItemKey);
        w.Optional(result.Span, Span);
        w.Optional(result.Diagnostic, ModelCodec.Diagnostic);
    }

    private static EvidenceResult Result(CacheReader r) => new(Key(r), r.Optional(Span), r.Optional(ModelCodec.Diagnostic));

    private static void Span(CacheWriter w, EvidenceSpan span)
    {
        w.String(span.Exact);
        w.String(span.Prefix);
        w.String(span.Suffix);
        w.Int(span.Start);
        w.Int(span.End);
        w.Int(span.StartLine);
        w.Int(span.EndLine);
    }

    private static EvidenceSpan Span(CacheReader r) => new(r.Required(), r.Required(), r.Required(), r.Int(), r.Int(), r.Int(), r.Int());

    private static void Uncovered(CacheWriter w, UncoveredPassage passage)
    {
        w.Int((int)passage.Kind);
        w.String(passage.Text);
        ModelCodec.Location(w, passage.Location);
        w.String(passage.Speaker);
    }

    private static UncoveredPassage Uncovered(CacheReader r) => new(r.Enum<PassageKind>(), r.Required(), ModelCodec.Location(r), r.String());
}
