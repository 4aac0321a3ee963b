import type { FastifyInstance } from 'fastify';
import {
  createFromSkeletonRequestSchema,
  saveTemplateRequestSchema,
  type DocumentSummary,
  type SectionTemplate,
  type TemplateCatalog,
} from '../../common/api';
import { ApiHttpError, parseInput } from '../api/api-error';
import type { Library } from '../library/library';
import { TemplateRequestError, type TemplateService } from './template-service';

function asApiError(error: unknown): unknown {
  if (!(error instanceof TemplateRequestError)) return error;
  return new ApiHttpError(error.code === 'not_found' ? 404 : 400, error.code, error.message, error.path);
}

/** GET/POST /api/templates and POST /api/documents/from-skeleton of common/api.ts. */
export function registerTemplateRoutes(app: FastifyInstance, templates: TemplateService, library: Library): void {
  app.get('/api/templates', async (): Promise<TemplateCatalog> => templates.catalog());

  app.post('/api/templates', async (request, reply): Promise<SectionTemplate> => {
    const body = parseInput(saveTemplateRequestSchema, request.body, 'body');
    try {
      const saved = templates.save(body);
      reply.code(201);
      return saved;
    } catch (error) {
      throw asApiError(error);
    }
  });

  app.post('/api/documents/from-skeleton', async (request, reply): Promise<DocumentSummary> => {
    const body = parseInput(createFromSkeletonRequestSchema, request.body, 'body');
    try {
      const { doc, variables } = templates.speechFromSkeleton(body);
      const summary = library.createSeeded(doc, body.numberingStyle, variables);
      reply.code(201);
      return summary;
    } catch (error) {
      throw asApiError(error);
    }
  });
}
