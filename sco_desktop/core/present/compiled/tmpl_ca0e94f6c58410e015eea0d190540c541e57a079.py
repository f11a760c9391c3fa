from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'body.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('page.html', 'body.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'body.html').make_module(context.get_all(), True, {'m': l_0_m})
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
    l_0_titled = resolve('titled')
    l_0_body = l_0_seat = l_0_russian = l_0_chinese = l_0_kind = missing
    pass
    l_0_body = environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'entity')
    _block_vars['body'] = l_0_body
    t_1 = []
    pass
    t_1.append(
        escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'city'), environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'seat_city')))),
    )
    if (environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'seat_city') and environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'seat_state_id')):
        pass
        t_1.append(
            ', ',
        )
    t_1.append(
        escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'seat_state_id')))),
    )
    l_0_seat = (Markup if context.eval_ctx.autoescape else identity)(concat(t_1))
    _block_vars['seat'] = l_0_seat
    yield '<h1>'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'title')))
    yield '</h1>'
    t_2 = []
    pass
    if environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'name_ru'):
        pass
        t_2.extend((
            "<span lang='ru'>",
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'name_ru'))),
            '</span>',
        ))
    l_0_russian = (Markup if context.eval_ctx.autoescape else identity)(concat(t_2))
    _block_vars['russian'] = l_0_russian
    t_3 = []
    pass
    if environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'name_zh'):
        pass
        t_3.extend((
            "<span lang='zh'>",
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'name_zh'))),
            '</span>',
        ))
    l_0_chinese = (Markup if context.eval_ctx.autoescape else identity)(concat(t_3))
    _block_vars['chinese'] = l_0_chinese
    l_1_body_kind_labels = resolve('body_kind_labels')
    t_4 = []
    pass
    t_4.extend((
        escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='body_kind_labels') if l_1_body_kind_labels is missing else l_1_body_kind_labels), 'get'), environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'kind'), environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'kind')))),
        escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'source_id')))),
    ))
    l_0_kind = (Markup if context.eval_ctx.autoescape else identity)(concat(t_4))
    _block_vars['kind'] = l_0_kind
    l_1_body_kind_labels = missing
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'facts'), [(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Russian', _block_vars=_block_vars), (undefined(name='russian') if l_0_russian is missing else l_0_russian)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Chinese', _block_vars=_block_vars), (undefined(name='chinese') if l_0_chinese is missing else l_0_chinese)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Kind', _block_vars=_block_vars), (undefined(name='kind') if l_0_kind is missing else l_0_kind)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Seat', _block_vars=_block_vars), (undefined(name='seat') if l_0_seat is missing else l_0_seat)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Established', _block_vars=_block_vars), environment.getattr((undefined(name='body') if l_0_body is missing else l_0_body), 'established'))], _block_vars=_block_vars)))
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'summary'), (undefined(name='body') if l_0_body is missing else l_0_body), _block_vars=_block_vars)))
    if environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'office_holders'):
        pass
        yield '<h2>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Office holders', _block_vars=_block_vars)))
        yield "</h2><table class='grid'><tr><th>"
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Role', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Person', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Nationality', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'From', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'To', _block_vars=_block_vars)))
        yield '</th><th></th></tr>'
        for l_1_holder in environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'office_holders'):
            l_1_term_end = resolve('term_end')
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_holder, 'role')))
            yield '</td><td>'
            yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_1_holder, 'person')))
            yield '</td><td>'
            yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr(l_1_holder, 'state_id'), _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(context.eval_ctx, (environment.getattr(l_1_holder, 'start_date') or context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'not known', _loop_vars=_loop_vars))))
            yield '</td><td>'
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='term_end') if l_1_term_end is missing else l_1_term_end), l_1_holder, environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'office_holders'), _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr(l_1_holder, 'source_id'), _loop_vars=_loop_vars)))
            yield '</td></tr>'
        l_1_holder = l_1_term_end = missing
        yield '</table>'
        yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'precision'), environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'office_holders'), _block_vars=_block_vars)))
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'links'), context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Meetings', _block_vars=_block_vars), context.call((undefined(name='titled') if l_0_titled is missing else l_0_titled), environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'summits'), _block_vars=_block_vars), _block_vars=_block_vars)))
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'links'), context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Documents', _block_vars=_block_vars), context.call((undefined(name='titled') if l_0_titled is missing else l_0_titled), environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'documents'), _block_vars=_block_vars), _block_vars=_block_vars)))

blocks = {'body': block_body}
debug_info = '2=13&3=16&4=20&5=33&7=38&6=48&9=51&10=55&11=66&12=79&13=85&20=86&21=87&22=90&23=102&24=107&25=113&28=121&30=122&31=123'