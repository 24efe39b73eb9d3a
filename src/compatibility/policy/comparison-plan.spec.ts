import { planComparison, rangeSteps } from './comparison-plan.js';

const published = ['1.0.0', '1.1.0', '2.0.0', '2.1.0-beta.1', '2.1.0', '2.2.0-alpha.1', '2.2.0-beta.1'];

describe('planComparison', () => {
  it('never takes a pre-release as the predecessor of a release', () => {
    const sut = planComparison(['2.1.0', '2.2.0-beta.1'], '2.2.0', 'BACKWARD');
    expect(sut).toEqual({ predecessor: '2.1.0', semverBase: '2.1.0', targets: ['2.1.0'] });
  });

  it('compares a pre-release with the previous release and the earlier pre-releases of its own version', () => {
    const sut = planComparison(published, '2.2.0-beta.2', 'BACKWARD_TRANSITIVE');
    expect(sut).toEqual({ predecessor: '2.2.0-beta.1', semverBase: '2.1.0', targets: ['2.2.0-beta.1', '2.2.0-alpha.1', '2.1.0', '2.0.0'] });
  });

  it('keeps transitive checks within the major line under MAJOR_LINE and crosses it under ALL_VERSIONS', () => {
    expect(planComparison(published, '2.3.0', 'BACKWARD_TRANSITIVE').targets).toEqual(['2.1.0', '2.0.0']);
    expect(planComparison(published, '2.3.0', 'BACKWARD_TRANSITIVE', 'ALL_VERSIONS').targets).toEqual(['2.1.0', '2.0.0', '1.1.0', '1.0.0']);
    expect(planComparison(published, '3.0.0', 'BACKWARD').targets).toEqual([]);
    expect(planComparison(published, '3.0.0', 'BACKWARD', 'ALL_VERSIONS').targets).toEqual(['2.1.0']);
  });

  it('asks for no comparison under NONE but still names predecessor and semver base', () => {
    expect(planComparison(published, '2.1.1', 'NONE')).toEqual({ predecessor: '2.1.0', semverBase: '2.1.0', targets: [] });
  });

  it('has no semver base for a pre-release of the first version', () => {
    expect(planComparison(['1.0.0-alpha.1'], '1.0.0-beta.1', 'BACKWARD')).toEqual({ predecessor: '1.0.0-alpha.1', semverBase: null, targets: ['1.0.0-alpha.1'] });
  });
});

describe('rangeSteps', () => {
  it('steps through the releases between two versions, skipping pre-releases', () => {
    expect(rangeSteps(published, '1.0.0', '2.1.0')).toEqual([
      { from: '1.0.0', to: '1.1.0' }, { from: '1.1.0', to: '2.0.0' }, { from: '2.0.0', to: '2.1.0' },
    ]);
  });
});
