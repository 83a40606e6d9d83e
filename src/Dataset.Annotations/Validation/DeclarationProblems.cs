using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Validation;

/// <summary>
/// Turns the id index's location-free problems into located diagnostics, each in its own file's step: the index then
/// stays unchanged when an edit only moves text, and only the edited file is located again.
/// </summary>
internal static class DeclarationProblems
{
    /// <summary>
    /// Where this file's declarations that others duplicate are: the duplicates' messages name them. Empty for almost
    /// every file, so an edit that moves text changes this only where a duplicated id was first declared.
    /// </summary>
    public static EquatableArray<LocatedSite> LocateDuplicated(AnnotationFile file, IdIndex ids)
    {
        var sites = ids.DuplicatedIn(file.Path);
        if (sites.Count == 0)
        {
            return EquatableArray<LocatedSite>.Empty;
        }

        var locations = FileDeclarationsReader.Locations(file);
        return sites.Where(site => site.Order < locations.Count).Select(site => new LocatedSite(site, locations[site.Order])).ToEquatableArray();
    }

    public static GroupedIndex<LocatedSite> Index(IEnumerable<LocatedSite> sites) =>
        new(sites, s => s.Site.FilePath, s => s.Site.Order.ToString("D10", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The id index's problems with this file's declarations, located in this file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="problems">The index's problems with its declarations.</param>
    /// <param name="firstDeclarations">Where the ids it declares again were first declared, for the messages.</param>
    public static IEnumerable<DiagnosticInfo> Locate(
        AnnotationFile file,
        EquatableArray<DeclarationProblem> problems,
        EquatableArray<LocatedSite> firstDeclarations)
    {
        if (problems.Count == 0)
        {
            yield break;
        }

        var locations = FileDeclarationsReader.Locations(file);
        foreach (var problem in problems)
        {
            var location = problem.Site.Order < locations.Count ? locations[problem.Site.Order] : LocationInfo.StartOf(file.Path);
            var arguments = problem.Arguments.ToList();
            if (problem.FirstDeclaration is { } first)
            {
                arguments.Add(Describe(first, firstDeclarations));
            }

            yield return DiagnosticInfo.Create(DiagnosticDescriptors.ById(problem.DiagnosticId), location, arguments.ToArray());
        }
    }

    /// <summary>"at file.yaml(3,7)": enough to find the other declaration, and the same on every machine.</summary>
    private static string Describe(DeclarationSite site, EquatableArray<LocatedSite> firstDeclarations)
    {
        var located = firstDeclarations.FirstOrDefault(s => s.Site.Equals(site));
        return located is null ? $"at {Path.GetFileName(site.FilePath)}" : $"at {Path.GetFileName(site.FilePath)}({located.Location.ToDisplay()})";
    }
}
