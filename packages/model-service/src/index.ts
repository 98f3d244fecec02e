export { loadInBackground } from './loading-dependency';
export type { LoadingDependency, LoadInBackgroundOptions } from './loading-dependency';
export { startModelService } from './start-model-service';
export type { ModelLoadContext, ModelServiceOptions } from './start-model-service';
