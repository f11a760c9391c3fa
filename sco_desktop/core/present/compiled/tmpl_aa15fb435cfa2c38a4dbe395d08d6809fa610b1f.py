from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'exercise.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('page.html', 'exercise.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'exercise.html').make_module(context.get_all(), True, {'m': l_0_m})
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_subject = resolve('subject')
    l_0_m = resolve('m')
    l_0_tr = resolve('tr')
    l_0_participating = resolve('participating')
    l_0_exercise = l_0_series = l_0_dates = missing
    pass
    l_0_exercise = environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'entity')
    _block_vars['exercise'] = l_0_exercise
    yield '<h1>'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), 'name')))
    yield '</h1>'
    l_1_series_labels = resolve('series_labels')
    t_1 = []
    pass
    t_1.extend((
        escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='series_labels') if l_1_series_labels is missing else l_1_series_labels), 'get'), environment.getattr((undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), 'series'), context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Joint exercise')))),
        escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr((undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), 'source_id')))),
    ))
    l_0_series = (Markup if context.eval_ctx.autoescape else identity)(concat(t_1))
    _block_vars['series'] = l_0_series
    l_1_series_labels = missing
    t_2 = []
    pass
    t_2.append(
        escape(environment.finalize(context.eval_ctx, (environment.getattr((undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), 'start_date') or environment.getattr((undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), 'year')))),
    )
    if (environment.getattr((undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), 'end_date') and (environment.getattr((undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), 'end_date') != environment.getattr((undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), 'start_date'))):
        pass
        t_2.extend((
            ' ',
            escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'to {date}', date=environment.getattr((undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), 'end_date')))),
        ))
    l_0_dates = (Markup if context.eval_ctx.autoescape else identity)(concat(t_2))
    _block_vars['dates'] = l_0_dates
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'facts'), [(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Series', _block_vars=_block_vars), (undefined(name='series') if l_0_series is missing else l_0_series)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Dates', _block_vars=_block_vars), (undefined(name='dates') if l_0_dates is missing else l_0_dates)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Host', _block_vars=_block_vars), context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr((undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), 'host_state_id'), _block_vars=_block_vars)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Place', _block_vars=_block_vars), environment.getattr((undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), 'place'))], _block_vars=_block_vars)))
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'summary'), (undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), _block_vars=_block_vars)))
    if environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'exercise_participants'):
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Taking part', _block_vars=_block_vars)))
        yield '</h2><p>'
        l_1_loop = missing
        for l_1_p, l_1_loop in LoopContext(context.call((undefined(name='participating') if l_0_participating is missing else l_0_participating), (undefined(name='subject') if l_0_subject is missing else l_0_subject), _block_vars=_block_vars), undefined):
            _loop_vars = {}
            pass
            if (not environment.getattr(l_1_loop, 'first')):
                pass
                yield ', '
            yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr(l_1_p, 'state_id'), _loop_vars=_loop_vars)))
            yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr(l_1_p, 'source_id'), _loop_vars=_loop_vars)))
        l_1_loop = l_1_p = missing
        yield '</p>'

blocks = {'body': block_body}
debug_info = '2=13&3=16&4=20&5=33&6=36&7=42&8=51&9=61&15=62&16=63&17=66&18=69'