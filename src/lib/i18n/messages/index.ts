/** All namespaces. A key is `<namespace>.<path>`, e.g. `common.nav.home`. */
import audience from './audience';
import auth from './auth';
import common from './common';
import editor from './editor';
import corouting from './corouting';
import engine from './engine';
import estimate from './estimate';
import experiments from './experiments';
import explain from './explain';
import factorMethod from './factor-method';
import factors from './factors';
import geo from './geo';
import networks from './networks';
import observatory from './observatory';
import limits from './limits';
import places from './places';
import results from './results';
import rider from './rider';
import tours from './tours';
import training from './training';
import method from './method';

export const namespaces = {
	common,
	auth,
	factors,
	geo,
	places,
	editor,
	engine,
	tours,
	results,
	audience,
	experiments,
	explain,
	estimate,
	rider,
	training,
	method,
	networks,
	observatory,
	limits,
	factorMethod,
	corouting
};
