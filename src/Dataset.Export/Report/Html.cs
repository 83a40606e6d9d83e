using static System.Net.WebUtility;

namespace Dataset.Export;

/// <summary>Small HTML pieces the report's sections share.</summary>
internal static class Html
{
    /// <summary>An actor's name linking to its entry in the actor list.</summary>
    public static string ActorLink(Actor actor) => $"<a class=\"actor\" href=\"#actor-{HtmlEncode(actor.Id.Value)}\">{HtmlEncode(actor.Name)}</a>";
}
