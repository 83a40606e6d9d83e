using System.Text.RegularExpressions;

namespace Dataset.Tests;

/// <summary>
/// <c>dotnet test --filter "Category!=E2E"</c> installs and starts nothing from outside the repository: every test
/// class that installs a program or starts one this repository does not build (apt-get, npm and node, Chromium,
/// Neovim, the SDK packing, installing or building other projects) carries the E2E trait, and no other class does.
/// </summary>
public sealed partial class TestCategoryTests
{
    private const string EndToEnd = "[Trait(\"Category\", \"E2E\")]";

    /// <summary>The helpers through which a test reaches an outside program; each names it in the test's own source.</summary>
    private static readonly string[] OutsidePrograms =
    [
        "DebianPackage.Ensure", "IClassFixture<Chromium>", "new Chromium(", "ProcessRunner.Run(\"npm\"", "ProcessRunner.Run(\"node\"",
        "DotnetCli.Run", "ConsumerProject.", "PackedFeed", "LocalFeed", "FeedApp.",
    ];

    /// <summary>Every source file with a test in it, but this one (which names the helpers above).</summary>
    public static TheoryData<string> TestFiles => new(
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !Regex.IsMatch(p.Replace('\\', '/'), "/(bin|obj)/") && Path.GetFileName(p) != "TestCategoryTests.cs")
            .Where(p => TestMethod().IsMatch(File.ReadAllText(p)))
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(TestFiles))]
    public void A_test_class_is_E2E_exactly_when_it_installs_or_starts_an_outside_program(string file)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, file));
        var uses = OutsidePrograms.Where(p => source.Contains(p, StringComparison.Ordinal)).ToList();

        Assert.True(
            uses.Count > 0 == source.Contains(EndToEnd, StringComparison.Ordinal),
            uses.Count > 0
                ? $"{file} uses {string.Join(", ", uses)} but is not marked {EndToEnd}"
                : $"{file} is marked {EndToEnd} but starts no outside program");
    }

    [GeneratedRegex(@"\[(Fact|Theory)\b")]
    private static partial Regex TestMethod();
}
