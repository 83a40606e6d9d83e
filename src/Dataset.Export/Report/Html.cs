using static System.Net.WebUtility;

namespace Dataset.Export;

/// <summary>Small HTML pieces the report's sections share.</summary>
internal static class Html
{
    /// <summary>An actor's name linking to its entry in the actor list.</summary>
    public static string ActorLink(Actor actor) => $"<a class=\"actor\" href=\"#actor-{HtmlEncode(actor.Id.Value)}\">{HtmlEncode(actor.Name)}</a>";

    /// <summary>
    /// Where a record is declared, as <c>path:line:col</c> linking to the annotation. The path is relative to the
    /// project that compiled the dataset, so the link opens the file when the page is saved in that project's folder;
    /// the text says the place wherever the page is. Empty for a record without a declaration.
    /// </summary>
    /// <summary>The badge of a record drafted from the article that no one has reviewed yet (<c>draft: true</c>); empty for a reviewed one.</summary>
    public static string DraftBadge(bool isDraft) =>
        isDraft ? " <span class=\"draft\" title=\"drafted from the article; not yet reviewed (draft: true)\">draft</span>" : string.Empty;

    public static string SourceLink(SourceLocation source) => source.IsKnown
        ? $" <a class=\"source\" href=\"{HtmlEncode(RelativeUrl(source.Path))}\" title=\"declared at (relative to the project that compiled the dataset)\">" +
            $"{HtmlEncode(source.ToString())}</a>"
        : string.Empty;

    // Each segment escaped on its own so that '/' and '..' stay path steps while '#', '?', ':' and spaces cannot turn the
    // path into a fragment, a query or a scheme.
    private static string RelativeUrl(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
