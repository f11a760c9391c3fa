from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'document.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('page.html', 'document.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'document.html').make_module(context.get_all(), True, {'m': l_0_m})
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
    l_0_page = resolve('page')
    l_0_m = resolve('m')
    l_0_tr = resolve('tr')
    l_0_document = l_0_kind = l_0_fields = l_0_russian = l_0_chinese = l_0_parties = missing
    pass
    l_0_document = environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'entity')
    _block_vars['document'] = l_0_document
    yield '<h1>'
    yield escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'title')))
    yield '</h1>'
    l_1_document_kind = resolve('document_kind')
    t_1 = []
    pass
    t_1.extend((
        escape(environment.finalize(context.eval_ctx, context.call((undefined(name='document_kind') if l_1_document_kind is missing else l_1_document_kind), environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'kind')))),
        escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'source_id')))),
    ))
    l_0_kind = (Markup if context.eval_ctx.autoescape else identity)(concat(t_1))
    _block_vars['kind'] = l_0_kind
    l_1_document_kind = missing
    l_0_fields = context.call(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'fields'), (undefined(name='document') if l_0_document is missing else l_0_document), _block_vars=_block_vars)
    _block_vars['fields'] = l_0_fields
    t_2 = []
    pass
    if environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'title_ru'):
        pass
        t_2.extend((
            "<span lang='ru'>",
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'title_ru'))),
            '</span>',
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cites'), context.call(environment.getattr((undefined(name='fields') if l_0_fields is missing else l_0_fields), 'get'), 'title_ru', [])))),
        ))
    l_0_russian = (Markup if context.eval_ctx.autoescape else identity)(concat(t_2))
    _block_vars['russian'] = l_0_russian
    t_3 = []
    pass
    if environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'title_zh'):
        pass
        t_3.extend((
            "<span lang='zh'>",
            escape(environment.finalize(context.eval_ctx, environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'title_zh'))),
            '</span>',
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cites'), context.call(environment.getattr((undefined(name='fields') if l_0_fields is missing else l_0_fields), 'get'), 'title_zh', [])))),
        ))
    l_0_chinese = (Markup if context.eval_ctx.autoescape else identity)(concat(t_3))
    _block_vars['chinese'] = l_0_chinese
    t_4 = []
    pass
    l_2_loop = missing
    for l_2_p, l_2_loop in LoopContext(environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'parties'), undefined):
        _loop_vars = {}
        pass
        if (not environment.getattr(l_2_loop, 'first')):
            pass
            t_4.append(
                ', ',
            )
        t_4.extend((
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr(l_2_p, 'state_id'), _loop_vars=_loop_vars))),
            escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cite'), environment.getattr(l_2_p, 'source_id'), _loop_vars=_loop_vars))),
        ))
    l_2_loop = l_2_p = missing
    l_0_parties = (Markup if context.eval_ctx.autoescape else identity)(concat(t_4))
    _block_vars['parties'] = l_0_parties
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'facts'), [(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'English title', _block_vars=_block_vars), (environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'title') if (environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'title') != environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'title')) else '')), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Russian title', _block_vars=_block_vars), (undefined(name='russian') if l_0_russian is missing else l_0_russian)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Chinese title', _block_vars=_block_vars), (undefined(name='chinese') if l_0_chinese is missing else l_0_chinese)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Kind', _block_vars=_block_vars), (undefined(name='kind') if l_0_kind is missing else l_0_kind)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Parties', _block_vars=_block_vars), (undefined(name='parties') if l_0_parties is missing else l_0_parties)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Signed', _block_vars=_block_vars), environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'signed_date')), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Signed at', _block_vars=_block_vars), context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'city'), environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'signed_place'), _block_vars=_block_vars)), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'In force', _block_vars=_block_vars), environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'in_force_date')), (context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Adopted at', _block_vars=_block_vars), context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'link'), environment.getattr((undefined(name='document') if l_0_document is missing else l_0_document), 'summit_id'), _block_vars=_block_vars))], _block_vars=_block_vars)))
    yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'summary'), (undefined(name='document') if l_0_document is missing else l_0_document), _block_vars=_block_vars)))

blocks = {'body': block_body}
debug_info = '2=13&3=16&4=20&5=33&6=36&7=42&8=48&9=52&10=64&11=77&12=92&23=93'