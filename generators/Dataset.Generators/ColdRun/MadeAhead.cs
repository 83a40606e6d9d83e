using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Dataset.Generators.ColdRun;

/// <summary>
/// Results of one per-file step made ahead of it, keyed by the very input the step will be given. Roslyn runs a step's
/// items one after another; a build's cold run makes them on every core first (<see cref="ColdRunSteps"/>), and the step
/// takes each result made instead of making it again. The keys are weak: nothing outlives the input it was made for.
/// </summary>
internal sealed class MadeAhead<TInput, TResult>
    where TInput : class
{
    private readonly ConditionalWeakTable<TInput, Made> _made = new();
    private int _taken;

    /// <summary>How many results made ahead were taken since the process started (for tests and benchmarks).</summary>
    public int Taken => Volatile.Read(ref _taken);

    /// <summary>The result made ahead for this input if there is one (then forgotten), else <paramref name="make"/>'s.</summary>
    public TResult Take(TInput input, Func<TResult> make)
    {
        if (_made.TryGetValue(input, out var made))
        {
            _made.Remove(input);
            Interlocked.Increment(ref _taken);
            return made.Result;
        }

        return make();
    }

    /// <summary>Keeps a result made ahead for <see cref="Take"/>; the first kept for an input stands.</summary>
    public TResult Keep(TInput input, TResult result) => _made.GetValue(input, _ => new Made(result)).Result;

    private sealed class Made
    {
        public Made(TResult result)
        {
            Result = result;
        }

        public TResult Result { get; }
    }
}
