// `npm run bench`: benchmarks print figures and never fail on timing. The resolver and search
// benchmarks arrive with those capabilities (issues 4 and 5); until then there is nothing to measure.
console.log("bench: no benchmarks yet (resolver and search benchmarks arrive with issues 4 and 5)");
