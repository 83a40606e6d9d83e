using Dataset.Annotations.Text;
using Dataset.Annotations.Events;
using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Shards;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Caching;

/// <summary>
/// Writes a stage's input for the digest its result is filed under: every field of every value the stage reads
/// (<c>InputCodecTests</c> change each field of each input, one at a time, and find the digest changed). Large values
/// several inputs share are written by their own digest (<see cref="IShared"/>): an article's content, an
/// annotation's model (by the path and text it was parsed from), the declared names.
/// </summary>
internal static class InputCodec
{
    /// <summary>The digests of the values several inputs share, each taken once.</summary>
    public interface IShared
    {
        /// <summary>The digest of a file's content.</summary>
        Digest ContentOf(string? text);

        /// <summary>The digest of an article's content, as <see cref="ContentOf(string?)"/> takes it of its text.</summary>
        Digest ContentOf(ArticleText article);

        /// <summary>The digest an annotation's model was parsed under, or null when it was not parsed through the cache.</summary>
        Digest? ModelOf(AnnotationFile file);

        Digest NamesOf(ActorNames names);
    }

    /// <summary>An article and the requests naming it: what its evidence check reads.</summary>
    public static void Write(CacheWriter w, EvidenceWork work, IShared shared)
    {
        Article(w, work.Text, shared);
        w.List(work.Requests, Request);
    }

    /// <summary>
    /// An annotation and its slice of the dataset: what its check reads. False (nothing to file it under) when the
    /// annotation was not parsed through the cache, so that its digest is unknown.
    /// </summary>
    public static bool Write(CacheWriter w, FileSlice input, IShared shared)
    {
        if (shared.ModelOf(input.File) is not { } model)
        {
            return false;
        }

        w.Digest(model);
        var slice = input.Slice;
        w.List(slice.Problems, Problem);
        w.List(slice.FirstDeclarations, LocatedSite);
        w.List(slice.References, Resolved);
        w.Bool(slice.HasText);
        w.Optional(slice.Evidence, ResultCodec.Evidence);
        w.List(slice.Entries, Entry);
        w.String(slice.BaseDirectory);
        w.List(slice.Links, Link);
        w.List(slice.LinkSuggestions, Suggestion);
        w.List(slice.LinkContradictions, Contradiction);
        w.Optional(slice.WireNearSource, (w, near) =>
        {
            w.String(near.Name);
            w.Int(near.Documents);
        });
        return true;
    }

    /// <summary>An article's coverage input and the declared names: what its coverage reads.</summary>
    public static void Write(CacheWriter w, CoverInput input, IShared shared)
    {
        var coverage = input.Input;
        w.String(coverage.AnnotationPath);
        Article(w, coverage.Text, shared);
        w.List(coverage.Evidence, Range);
        w.List(coverage.Unannotated, Range);
        w.String(coverage.Language.Code);
        w.Bool(coverage.Language.IsStated);
        w.Digest(shared.NamesOf(input.Names));
    }

    /// <summary>The names an article's coverage looks for.</summary>
    public static void Write(CacheWriter w, ActorNames names) => w.List(names.Names, ModelCodec.Text);

    /// <summary>The referenced datasets' manifests, whose ids resolve in the folder.</summary>
    public static void Write(CacheWriter w, ReferencedShards shards) => w.List(shards.Manifests, Manifest);

    private static void Article(CacheWriter w, ArticleText text, IShared shared)
    {
        w.String(text.Path);
        w.Digest(shared.ContentOf(text));
    }

    private static void Request(CacheWriter w, EvidenceRequest request)
    {
        w.String(request.AnnotationPath);
        w.String(request.TextPath);
        w.List(request.Asks, Ask);
        w.String(request.StatedLanguage);
    }

    private static void Ask(CacheWriter w, EvidenceAsk ask)
    {
        ResultCodec.Key(w, ask.ItemKey);
        w.String(ask.Evidence.Value);
        ModelCodec.Location(w, ask.Evidence.Location);
    }

    private static void Site(CacheWriter w, DeclarationSite site)
    {
        w.String(site.FilePath);
        w.Int(site.Order);
    }

    private static void Problem(CacheWriter w, DeclarationProblem problem)
    {
        Site(w, problem.Site);
        w.String(problem.DiagnosticId);
        w.List(problem.Arguments, ModelCodec.Text);
        w.Optional(problem.FirstDeclaration, Site);
    }

    private static void LocatedSite(CacheWriter w, LocatedSite site)
    {
        Site(w, site.Site);
        ModelCodec.Location(w, site.Location);
    }

    private static void Resolved(CacheWriter w, ResolvedReference reference)
    {
        ModelCodec.Key(w, reference.Key);
        w.Optional(reference.Entry, Entry);
        w.List(reference.Suggestion.Candidates, ModelCodec.Text);
    }

    private static void Entry(CacheWriter w, IndexedId entry)
    {
        w.Int((int)entry.Kind);
        w.String(entry.Id);
        w.String(entry.Name);
        w.String(entry.FilePath);
        w.Int(entry.Order);
        w.String(entry.Display);
        w.Bool(entry.Emitted);
        w.List(entry.Sources, ModelCodec.Text);
    }

    private static void Link(CacheWriter w, ResolvedLink link)
    {
        w.Int((int)link.Kind);
        w.String(link.Target);
        w.Int(link.FoundAs is { } kind ? (int)kind : -1);
        w.Bool(link.InSameFile);
        w.List(link.Suggestion.Candidates, ModelCodec.Text);
    }

    private static void Suggestion(CacheWriter w, LinkSuggestion suggestion)
    {
        w.Int((int)suggestion.Kind);
        w.String(suggestion.FirstId);
        w.String(suggestion.FirstPath);
        w.String(suggestion.SecondId);
        w.String(suggestion.SecondPath);
        w.String(suggestion.Reason);
    }

    private static void Contradiction(CacheWriter w, LinkContradiction contradiction)
    {
        w.Int((int)contradiction.Kind);
        w.String(contradiction.Id);
        w.String(contradiction.FilePath);
        w.String(contradiction.DistinctId);
        w.String(contradiction.Chain);
        w.String(contradiction.Field);
    }

    private static void Range(CacheWriter w, TextRange range)
    {
        w.Int(range.Start);
        w.Int(range.End);
    }

    private static void Manifest(CacheWriter w, ShardManifest manifest)
    {
        w.String(manifest.AssemblyName);
        w.String(manifest.Namespace);
        w.List(manifest.Declarations, Declaration);
    }

    private static void Declaration(CacheWriter w, ShardDeclaration declaration)
    {
        w.Int((int)declaration.Kind);
        w.String(declaration.Id);
        w.String(declaration.File);
    }
}
