using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Dataset.Annotations.Events;

/// <summary>
/// The parts of one link update that are independent of one another (each kind's links, the actors'), to be settled by
/// as many threads as call <see cref="Help"/>: each takes the largest part not yet taken, so a thread that joins late
/// (the one that settled the ids) takes what is left. <see cref="Finish"/> applies them once every helper has returned.
/// </summary>
internal sealed class LinkSettling
{
    private readonly (int Size, Action Settle)[] _parts;
    private readonly Func<ISet<string>> _finish;
    private int _taken = -1;

    /// <param name="parts">Each part with how many records or actors it settles.</param>
    /// <param name="finish">Applies the settled parts in their one order; returns the files whose links changed.</param>
    public LinkSettling(IEnumerable<(int Size, Action Settle)> parts, Func<ISet<string>> finish)
    {
        _parts = parts.OrderByDescending(p => p.Size).ToArray();
        _finish = finish;
    }

    /// <summary>Settles parts not yet taken until none is left.</summary>
    public void Help()
    {
        int at;
        while ((at = Interlocked.Increment(ref _taken)) < _parts.Length)
        {
            _parts[at].Settle();
        }
    }

    /// <summary>Applies every part's changes; called once, after every call of <see cref="Help"/> has returned.</summary>
    public ISet<string> Finish() => _finish();
}
