/** All namespaces. A key is `<namespace>.<path>`, e.g. `common.nav.home`. */
import audience from './audience';
import auth from './auth';
import common from './common';
import engine from './engine';
import estimate from './estimate';
import experiments from './experiments';
import explain from './explain';
import factorMethod from './factor-method';
import factors from './factors';
import geo from './geo';
import method from './method';
import places from './places';
import results from './results';
import rider from './rider';
import tours from './tours';
import training from './training';

export const namespaces = {
	common,
	auth,
	factors,
	geo,
	places,
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
	factorMethod
};
