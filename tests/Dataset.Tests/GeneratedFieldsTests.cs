using System.Reflection;
using Dataset.Seeds;

namespace Dataset.Tests;

/// <summary>
/// Each record of the seeds is a static read-only field of its kind's class, set by the catalog's index when the class
/// is first used: every field holds the very record the catalog finds by its id, and every record has its field.
/// </summary>
public class GeneratedFieldsTests
{
    [Fact]
    public void Every_actor_field_holds_the_record_the_catalog_finds_by_its_id() =>
        AssertBound(typeof(Actors), Catalog.Instance.Actors, (Actor a) => Catalog.Instance.FindActor(a.Id));

    [Fact]
    public void Every_statement_field_holds_the_record_the_catalog_finds_by_its_id() =>
        AssertBound(typeof(Statements), Catalog.Instance.Statements, (Statement s) => Catalog.Instance.FindStatement(s.Id));

    [Fact]
    public void Every_sanction_field_holds_the_record_the_catalog_finds_by_its_id() =>
        AssertBound(typeof(Sanctions), Catalog.Instance.Sanctions, (Sanction s) => Catalog.Instance.FindSanction(s.Id));

    [Fact]
    public void Every_document_field_holds_the_record_the_catalog_finds_by_its_id() =>
        AssertBound(typeof(Documents), Catalog.Instance.Documents, (Document d) => Catalog.Instance.FindDocument(d.Id));

    [Fact]
    public void A_field_is_read_only_and_cannot_be_set_once_its_class_is_initialised()
    {
        var field = typeof(Actors).GetField(nameof(Actors.LloydAustin))!;
        Assert.True(field.IsInitOnly);
        Assert.Equal("Lloyd Austin", Actors.LloydAustin.Name);

        Assert.Throws<FieldAccessException>(() => field.SetValue(null, Actors.UnitedStates));
        Assert.Equal("Lloyd Austin", Actors.LloydAustin.Name);
    }

    private static void AssertBound<T>(Type members, IReadOnlyList<T> all, Func<T, T?> find)
        where T : class
    {
        var values = members.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(T))
            .Select(f => (T?)f.GetValue(null))
            .ToList();

        Assert.Equal(all.Count, values.Count);
        Assert.All(values, value => Assert.Same(find(Assert.IsType<T>(value)), value));
        Assert.Equal(all.Count, values.Distinct(ReferenceEqualityComparer.Instance).Count());
    }
}
